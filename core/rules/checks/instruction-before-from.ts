// Only ARG (and parser directives, comments) may come before the first FROM.
import { ourDocsUrl } from '../docs';
import type { Rule } from '../types';

export const InstructionBeforeFrom: Rule = {
  id: 'InstructionBeforeFrom',
  defaultSeverity: 'error',
  buildCheck: false,
  description: 'Only ARG instructions may come before the first FROM',
  url: ourDocsUrl('InstructionBeforeFrom'),
  check({ ast, facts, report }) {
    if (ast.stages.length === 0) return;
    for (const instruction of facts.preamble) {
      if (instruction.keyword === 'ARG') continue;
      report({ range: instruction.keywordRange, data: { instruction: instruction.keyword } });
    }
  },
};
