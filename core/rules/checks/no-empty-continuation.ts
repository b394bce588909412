// BuildKit NoEmptyContinuation: an empty line inside a `\` continuation is skipped, which hides mistakes
// (the next line silently joins the instruction); it will become an error. The parser finds these lines.
import { buildCheckUrl } from '../docs';
import { wholeLines } from '../ranges';
import type { Rule } from '../types';
import { defineCatalog } from '../../l10n';

const messages = defineCatalog(
  'rule.NoEmptyContinuation',
  {
    summary: 'Empty continuation lines will become errors in a future release',
    message:
      'Empty line inside a continuation: the line before ends with a line-continuation character, so the builder skips this blank line and joins the next line to the instruction. This will become an error; remove the blank line.',
    'fix.remove': 'Remove the empty line',
  },
  {
    summary: '줄 이어 쓰기 중간의 빈 줄은 앞으로 오류가 됩니다',
    message:
      '줄 이어 쓰기 중간에 빈 줄이 있습니다. 앞 줄이 줄 이어 쓰기 문자로 끝나서, 빌더는 이 빈 줄을 건너뛰고 다음 줄을 이 명령어에 붙입니다. 앞으로는 오류가 되므로 빈 줄을 지우세요.',
    'fix.remove': '빈 줄 지우기',
  },
);

export const NoEmptyContinuation: Rule = {
  id: 'NoEmptyContinuation',
  defaultSeverity: 'warning',
  buildCheck: true,
  messages,
  url: buildCheckUrl('NoEmptyContinuation'),
  fixProblem(problem, ast) {
    return [{ titleKey: 'remove', edits: [{ range: wholeLines(problem.range, ast.lineCount), newText: '' }] }];
  },
};
