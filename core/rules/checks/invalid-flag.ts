// Flags an instruction does not know (`COPY --form=x`), repeats, or writes without the value it needs.
import { flagSpec, instructionSpec, type FlagSpec } from '../../dockerfile/instructions';
import type { Flag, Instruction } from '../../parser/ast';
import { ourDocsUrl } from '../docs';
import { flagName } from '../facts';
import { closest } from '../suggest';
import type { Report, Rule } from '../types';
import { defineCatalog } from '../../l10n';

const BOOLEAN_VALUES = new Set(['true', 'false', '1', '0', 't', 'f', 'TRUE', 'FALSE', 'True', 'False', 'T', 'F']);

const messages = defineCatalog(
  'rule.InvalidFlag',
  {
    summary: 'An instruction has an unknown, repeated or incomplete flag',
    unknown: '{flag} is not an option of {instruction}. Options {instruction} understands: {known}.',
    suggest: '{flag} is not an option of {instruction}. Did you mean {suggestion}?',
    noFlags: '{instruction} does not take options like {flag}. Remove it.',
    duplicate: '{flag} is given more than once; {instruction} accepts it only once. Remove the extra one.',
    missingValue: '{flag} needs a value: write {flag}=<value>.',
    notBoolean: '{flag} is an on/off option: write {flag}, {flag}=true or {flag}=false, not "{value}".',
    'fix.replace': 'Change to {suggestion}',
  },
  {
    summary: '명령어에 알 수 없거나, 반복되었거나, 값이 빠진 옵션이 있습니다',
    unknown: '{flag}은(는) {instruction}의 옵션이 아닙니다. {instruction}에서 쓸 수 있는 옵션: {known}.',
    suggest: '{flag}은(는) {instruction}의 옵션이 아닙니다. {suggestion}을(를) 쓰려던 것인가요?',
    noFlags: '{instruction}은(는) {flag} 같은 옵션을 받지 않습니다. 이 옵션을 지우세요.',
    duplicate: '{flag}이(가) 두 번 이상 있습니다. {instruction}에는 한 번만 쓸 수 있으니 나머지를 지우세요.',
    missingValue: '{flag}에는 값이 필요합니다. {flag}=<값> 형식으로 쓰세요.',
    notBoolean: '{flag}은(는) 켜고 끄는 옵션입니다. "{value}" 대신 {flag}, {flag}=true 또는 {flag}=false로 쓰세요.',
    'fix.replace': '{suggestion}(으)로 바꾸기',
  },
);

export const InvalidFlag: Rule = {
  id: 'InvalidFlag',
  defaultSeverity: 'error',
  buildCheck: false,
  messages,
  url: ourDocsUrl('InvalidFlag'),
  eachInstruction: {
    check(instruction, { report }) {
      if (instruction.flags.length === 0 || !instructionSpec(instruction.keyword)) return;
      const seen = new Set<string>();
      for (const flag of instruction.flags) {
        const name = flagName(flag);
        const problem = flagProblem(instruction, flag, name, flagSpec(instruction.keyword, name), seen);
        if (problem) report(problem);
        seen.add(name);
      }
    },
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
