// A Dockerfile with no FROM: there is no base image to build on. BuildKit rejects an empty file ("the Dockerfile cannot
// be empty"), one with only comments ("file with no instructions") and one without a stage ("dockerfile contains no
// stages to build"). Reported on the first instruction, or on the first line of a file without any.
import { insertAt, rangeAt } from '../ranges';
import type { FixProposal, Rule } from '../types';
import type { DockerfileAst } from '../../parser/ast';
import { defineCatalog } from '../../l10n';
import { ourDocsUrl } from '../docs';

const messages = defineCatalog(
  'rule.NoFromInstruction',
  {
    summary: 'A Dockerfile must have a FROM instruction',
    message:
      'This Dockerfile has no FROM instruction. Every image is built on a base image, so the file must start with FROM (for example "FROM alpine"); only ARG may come before it.',
    empty:
      'This Dockerfile has no instructions, so there is nothing to build and the builder rejects it. Start with a FROM instruction naming the base image, for example "FROM alpine".',
    'fix.insert': 'Add "FROM alpine"',
  },
  {
    summary: 'Dockerfile에는 FROM 명령어가 있어야 합니다',
    message:
      '이 Dockerfile에는 FROM 명령어가 없습니다. 모든 이미지는 베이스 이미지 위에 만들어지므로 파일은 FROM으로 시작해야 합니다(예: "FROM alpine"). FROM 앞에는 ARG만 올 수 있습니다.',
    empty:
      '이 Dockerfile에는 명령어가 없어서 빌드할 것이 없고, 빌더가 이 파일을 거부합니다. 베이스 이미지를 정하는 FROM 명령어로 시작하세요(예: "FROM alpine").',
    'fix.insert': '"FROM alpine" 추가하기',
  },
);

export const NoFromInstruction: Rule = {
  id: 'NoFromInstruction',
  defaultSeverity: 'error',
  buildCheck: false,
  messages,
  url: ourDocsUrl('NoFromInstruction'),
  check({ ast, facts, report }) {
    if (ast.stages.length > 0) return;
    const first = ast.instructions[0];
    const fixes = [insertFrom(ast, facts.lines)];
    if (first) report({ range: first.keywordRange, data: { instruction: first.keyword }, fixes });
    else report({ range: rangeAt(0, 0, facts.lines?.[0]?.length ?? 0), variant: 'empty', fixes });
  },
};

/** `FROM alpine` on a line of its own, after the global ARGs (or at the end of a file without instructions). */
function insertFrom(ast: DockerfileAst, lines: string[] | undefined): FixProposal {
  const firstOther = ast.instructions.find((instruction) => instruction.keyword !== 'ARG');
  const lastLine = Math.max(0, ast.lineCount - 1);
  if (firstOther) {
    const at = { line: firstOther.range.start.line, character: 0 };
    return { titleKey: 'insert', edits: [insertAt(at, 'FROM alpine\n')] };
  }
  const lastText = lines?.[lastLine] ?? '';
  const at = { line: lastLine, character: lastText.length };
  const newText = lastText === '' ? 'FROM alpine\n' : '\nFROM alpine\n';
  return { titleKey: 'insert', edits: [insertAt(at, newText)] };
}
