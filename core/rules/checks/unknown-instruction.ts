// A keyword that is not a Dockerfile instruction, with the closest one suggested.
import { INSTRUCTION_NAMES, instructionSpec } from '../../dockerfile/instructions';
import { ourDocsUrl } from '../docs';
import { closest } from '../suggest';
import type { Rule } from '../types';

export const UnknownInstruction: Rule = {
  id: 'UnknownInstruction',
  defaultSeverity: 'error',
  buildCheck: false,
  description: 'Unknown instruction',
  url: ourDocsUrl('UnknownInstruction'),
  check({ facts, report }) {
    for (const instruction of facts.allInstructions) {
      if (instructionSpec(instruction.keyword)) continue;
      const suggestion = closest(instruction.keyword, INSTRUCTION_NAMES);
      const data = { instruction: instruction.keyword, suggestion: suggestion ?? '' };
      if (suggestion === undefined) {
        report({ range: instruction.keywordRange, data });
        continue;
      }
      const edits = [{ range: instruction.keywordRange, newText: suggestion }];
      report({
        range: instruction.keywordRange,
        variant: 'suggest',
        data,
        fixes: [{ titleKey: 'replace', data, edits }],
      });
    }
  },
};
