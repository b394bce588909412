// BuildKit NoEmptyContinuation: an empty line inside a `\` continuation is skipped, which hides mistakes
// (the next line silently joins the instruction); it will become an error. The parser finds these lines.
import { buildCheckUrl } from '../docs';
import { wholeLines } from '../ranges';
import type { Rule } from '../types';

export const NoEmptyContinuation: Rule = {
  id: 'NoEmptyContinuation',
  defaultSeverity: 'warning',
  buildCheck: true,
  description: 'Empty continuation lines will become errors in a future release',
  url: buildCheckUrl('NoEmptyContinuation'),
  fixProblem(problem, ast) {
    return [{ titleKey: 'remove', edits: [{ range: wholeLines(problem.range, ast.lineCount), newText: '' }] }];
  },
};
