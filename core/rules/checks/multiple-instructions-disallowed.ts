// Several CMD, ENTRYPOINT or HEALTHCHECK in one stage: only the last counts, so the earlier ones are reported.
import type { Instruction } from '../../parser/ast';
import { wholeLines } from '../ranges';
import { buildCheckUrl } from '../docs';
import type { Rule } from '../types';

const ONCE_PER_STAGE = new Set(['CMD', 'ENTRYPOINT', 'HEALTHCHECK']);

export const MultipleInstructionsDisallowed: Rule = {
  id: 'MultipleInstructionsDisallowed',
  defaultSeverity: 'warning',
  buildCheck: true,
  description: 'Multiple instructions of the same type should not be used in the same stage',
  url: buildCheckUrl('MultipleInstructionsDisallowed'),
  check({ ast, report }) {
    for (const stage of ast.stages) {
      const last = new Map<string, Instruction>();
      for (const instruction of stage.instructions) {
        if (!ONCE_PER_STAGE.has(instruction.keyword)) continue;
        const previous = last.get(instruction.keyword);
        if (previous) {
          const data = { instruction: instruction.keyword, line: String(instruction.range.start.line + 1) };
          const edits = [{ range: wholeLines(previous.range, ast.lineCount), newText: '' }];
          report({ range: previous.range, data, fixes: [{ titleKey: 'remove', data, edits }] });
        }
        last.set(instruction.keyword, instruction);
      }
    }
  },
};
