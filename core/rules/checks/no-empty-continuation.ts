// BuildKit NoEmptyContinuation: an empty line inside a `\` continuation is skipped, which hides mistakes
// (the next line silently joins the instruction); it will become an error. The parser finds these lines; as BuildKit
// does, the warning is one per instruction, on the instruction's last line.
import type { DockerfileAst, Instruction, Range } from '../../parser/ast';
import { buildCheckUrl } from '../docs';
import { rangeAt, wholeLines } from '../ranges';
import type { Rule, TextEdit } from '../types';
import { defineCatalog } from '../../l10n';

const messages = defineCatalog(
  'rule.NoEmptyContinuation',
  {
    summary: 'Empty continuation lines will become errors in a future release',
    message:
      'This instruction has an empty line inside its continuation: a line above ends with a line-continuation character, so the builder skips the blank line and joins the next line to the instruction. This will become an error; remove the blank line.',
    'fix.remove': 'Remove the empty continuation line(s)',
  },
  {
    summary: '줄 이어 쓰기 중간의 빈 줄은 앞으로 오류가 됩니다',
    message:
      '이 명령어의 줄 이어 쓰기 중간에 빈 줄이 있습니다. 위 줄이 줄 이어 쓰기 문자로 끝나서, 빌더는 빈 줄을 건너뛰고 다음 줄을 이 명령어에 붙입니다. 앞으로는 오류가 되므로 빈 줄을 지우세요.',
    'fix.remove': '줄 이어 쓰기 중간의 빈 줄 지우기',
  },
);

export const NoEmptyContinuation: Rule = {
  id: 'NoEmptyContinuation',
  defaultSeverity: 'warning',
  buildCheck: true,
  messages,
  url: buildCheckUrl('NoEmptyContinuation'),
  fromProblem(problem, ast, facts) {
    const instruction = containing(ast, problem.range);
    const last = instruction?.range.end.line ?? problem.range.end.line;
    const range = rangeAt(last, 0, facts.lines?.[last]?.length ?? 0);
    const edits: TextEdit[] = [];
    for (let line = problem.range.start.line; line <= problem.range.end.line; line++) {
      const blank = facts.lines
        ? facts.lines[line]?.trim() === ''
        : problem.range.start.line === problem.range.end.line;
      if (blank) edits.push({ range: wholeLines(rangeAt(line, 0, 0), ast.lineCount), newText: '' });
    }
    return { range, fixes: [{ titleKey: 'remove', edits }] };
  },
};

function containing(ast: DockerfileAst, range: Range): Instruction | undefined {
  return ast.instructions.find(
    (instruction) => instruction.range.start.line <= range.start.line && instruction.range.end.line >= range.end.line,
  );
}
