// BuildKit ConsistentInstructionCasing: keywords should all be upper-case or all lower-case, like the majority.
import type { Instruction } from '../../parser/ast';
import { buildCheckUrl } from '../docs';
import { sourceText, type Facts } from '../facts';
import type { Rule } from '../types';

type Casing = 'upper' | 'lower' | 'mixed';

export const ConsistentInstructionCasing: Rule = {
  id: 'ConsistentInstructionCasing',
  defaultSeverity: 'warning',
  buildCheck: true,
  description: 'All commands within the Dockerfile should use the same casing (either upper or lower)',
  url: buildCheckUrl('ConsistentInstructionCasing'),
  check({ ast, facts, report }) {
    if (!facts.lines) return;
    const casings = ast.instructions.map((instruction) => casingOf(facts, instruction));
    let lower = 0;
    let upper = 0;
    for (const casing of casings) {
      if (casing === 'lower') lower++;
      else if (casing === 'upper') upper++;
    }
    const majority: Casing = lower > upper ? 'lower' : 'upper';
    ast.instructions.forEach((instruction, i) => {
      if (casings[i] === majority) return;
      const written = sourceText(facts, instruction.keywordRange);
      if (!written) return;
      const fixed = majority === 'lower' ? written.toLowerCase() : written.toUpperCase();
      const data = { instruction: written, fixed };
      const edits = [{ range: instruction.keywordRange, newText: fixed }];
      report({ range: instruction.keywordRange, variant: majority, data, fixes: [{ titleKey: 'match', data, edits }] });
    });
  },
};

/** The keyword's casing as written, read in place (this runs on every instruction of large files). */
function casingOf(facts: Facts, instruction: Instruction): Casing | undefined {
  const { start, end } = instruction.keywordRange;
  const line = facts.lines?.[start.line];
  if (line === undefined || start.line !== end.line || end.character <= start.character) return undefined;
  let upper = false;
  let lower = false;
  for (let i = start.character; i < end.character; i++) {
    const code = line.charCodeAt(i);
    if (code >= 65 && code <= 90) upper = true;
    else if (code >= 97 && code <= 122) lower = true;
  }
  if (upper && lower) return 'mixed';
  return lower ? 'lower' : 'upper';
}
