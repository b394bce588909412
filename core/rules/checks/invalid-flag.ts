// Flags an instruction does not know (`COPY --form=x`), repeats, or writes without the value it needs.
import { flagSpec, instructionSpec, type FlagSpec } from '../../dockerfile/instructions';
import type { Flag, Instruction } from '../../parser/ast';
import { ourDocsUrl } from '../docs';
import { flagName } from '../facts';
import { closest } from '../suggest';
import type { Report, Rule } from '../types';

const BOOLEAN_VALUES = new Set(['true', 'false', '1', '0', 't', 'f', 'TRUE', 'FALSE', 'True', 'False', 'T', 'F']);

export const InvalidFlag: Rule = {
  id: 'InvalidFlag',
  defaultSeverity: 'error',
  buildCheck: false,
  description: 'An instruction has an unknown, repeated or incomplete flag',
  url: ourDocsUrl('InvalidFlag'),
  check({ facts, report }) {
    for (const instruction of facts.allInstructions) {
      if (instruction.flags.length === 0) continue;
      if (!instructionSpec(instruction.keyword)) continue;
      const seen = new Set<string>();
      for (const flag of instruction.flags) {
        const name = flagName(flag);
        const problem = flagProblem(instruction, flag, name, flagSpec(instruction.keyword, name), seen);
        if (problem) report(problem);
        seen.add(name);
      }
    }
  },
};

function flagProblem(
  instruction: Instruction,
  flag: Flag,
  name: string,
  spec: FlagSpec | undefined,
  seen: Set<string>,
): Report | undefined {
  const data = { instruction: instruction.keyword, flag: `--${name}`, value: flag.value ?? '' };
  if (!spec) return unknownFlag(instruction, flag, name, data);
  if (seen.has(name) && !spec.repeatable) return { range: flag.range, variant: 'duplicate', data };
  if (spec.kind === 'value' && (flag.value === undefined || flag.value === '')) {
    return { range: flag.range, variant: 'missingValue', data };
  }
  if (spec.kind === 'bool' && flag.value !== undefined && !BOOLEAN_VALUES.has(flag.value)) {
    return { range: flag.valueRange ?? flag.range, variant: 'notBoolean', data };
  }
  return undefined;
}

function unknownFlag(instruction: Instruction, flag: Flag, name: string, data: Record<string, string>): Report {
  const known = instructionSpec(instruction.keyword)?.flags.map((f) => f.name) ?? [];
  if (known.length === 0) return { range: flag.range, variant: 'noFlags', data };
  const suggestion = closest(name, known);
  const all = { ...data, known: known.map((k) => `--${k}`).join(', ') };
  if (suggestion === undefined) return { range: flag.range, variant: 'unknown', data: all };
  const suggested = { ...all, suggestion: `--${suggestion}` };
  const edits = [{ range: flag.range, newText: flag.raw.replace(/^--[^=]*/, `--${suggestion}`) }];
  return {
    range: flag.range,
    variant: 'suggest',
    data: suggested,
    fixes: [{ titleKey: 'replace', data: suggested, edits }],
  };
}
