// BuildKit ConsistentInstructionCasing: keywords should all be upper-case or all lower-case, like the majority.
import type { DockerfileAst, Instruction } from '../../parser/ast';
import { buildCheckUrl } from '../docs';
import { sourceText, type Facts } from '../facts';
import type { Rule } from '../types';

export const ConsistentInstructionCasing: Rule = {
  id: 'ConsistentInstructionCasing',
  defaultSeverity: 'warning',
  buildCheck: true,
  description: 'All commands within the Dockerfile should use the same casing (either upper or lower)',
  url: buildCheckUrl('ConsistentInstructionCasing'),
  check({ ast, facts, report }) {
    const written = keywordsAsWritten(ast, facts);
    let lower = 0;
    let upper = 0;
    for (const { text } of written) {
      if (text === text.toLowerCase()) lower++;
      else if (text === text.toUpperCase()) upper++;
    }
    const majorityLower = lower > upper;
    for (const { instruction, text } of written) {
      const fixed = majorityLower ? text.toLowerCase() : text.toUpperCase();
      if (fixed === text) continue;
      const data = { instruction: text, fixed };
      const edits = [{ range: instruction.keywordRange, newText: fixed }];
      report({
        range: instruction.keywordRange,
        variant: majorityLower ? 'lower' : 'upper',
        data,
        fixes: [{ titleKey: 'match', data, edits }],
      });
    }
  },
};

function keywordsAsWritten(ast: DockerfileAst, facts: Facts): { instruction: Instruction; text: string }[] {
  const out: { instruction: Instruction; text: string }[] = [];
  for (const instruction of ast.instructions) {
    const text = sourceText(facts, instruction.keywordRange);
    if (text !== undefined && text !== '') out.push({ instruction, text });
  }
  return out;
}
