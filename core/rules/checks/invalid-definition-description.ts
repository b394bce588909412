// BuildKit InvalidDefinitionDescription (experimental): a comment right above `FROM … AS name` or `ARG NAME`
// is taken as its description, so it should start with that name. As BuildKit does, the comment closest to the
// instruction is the one checked, a bare `#` line ends the description (so a bare `#` right above means none), and
// the finding is on the instruction.
import type { Comment, Instruction } from '../../parser/ast';
import { buildCheckUrl } from '../docs';
import { argDeclarations } from '../facts';
import { onFirstLine } from '../locate';
import type { Rule } from '../types';
import { defineCatalog } from '../../l10n';
import { insertAt } from '../ranges';

const messages = defineCatalog(
  'rule.InvalidDefinitionDescription',
  {
    summary:
      'Comment for build stage or argument should follow the format: `# <arg/stage name> <description>`. If this is not intended to be a description comment, add an empty line or comment between the instruction and the comment.',
    message:
      'A comment right above {instruction} is read as its description and should start with the name: "# {name} <description>". If it is not a description, put an empty line between the comment and the instruction.',
    'fix.separate': 'Put an empty line after the comment (it is not a description)',
  },
  {
    summary:
      '빌드 스테이지나 인자의 설명 주석은 `# <인자/스테이지 이름> <설명>` 형식이어야 합니다. 설명 주석이 아니라면 명령어와 주석 사이에 빈 줄이나 다른 주석을 넣으세요.',
    message:
      '{instruction} 바로 위의 주석은 그 설명으로 읽히므로 이름으로 시작해야 합니다: "# {name} <설명>". 설명이 아니라면 주석과 명령어 사이에 빈 줄을 넣으세요.',
    'fix.separate': '주석 뒤에 빈 줄 넣기(설명이 아닌 주석)',
  },
);

export const InvalidDefinitionDescription: Rule = {
  id: 'InvalidDefinitionDescription',
  defaultSeverity: 'warning',
  experimental: true,
  buildCheck: true,
  messages,
  url: buildCheckUrl('InvalidDefinitionDescription'),
  check({ ast, report }) {
    if (ast.comments.length === 0) return;
    const commentAtLine = new Map<number, Comment>(ast.comments.map((c) => [c.range.start.line, c]));
    for (const instruction of ast.instructions) {
      if (instruction.keyword !== 'ARG' && instruction.keyword !== 'FROM') continue;
      const comment = commentAtLine.get(instruction.range.start.line - 1);
      if (!comment) continue;
      const names = definedNames(instruction);
      const text = comment.text.replace(/^\s*#?\s*/, '').trim();
      if (names.length === 0 || !text) continue;
      if (names.includes(text.split(' ')[0] ?? '')) continue;
      const name = names.length === 1 ? (names[0] ?? '') : '<name>';
      const range = onFirstLine(
        instruction,
        instruction.args[instruction.keyword === 'FROM' ? 2 : 0]?.range ?? instruction.keywordRange,
      );
      const at = { line: instruction.range.start.line, character: 0 };
      const edits = [insertAt(at, '\n')];
      report({ range, data: { instruction: instruction.keyword, name }, fixes: [{ titleKey: 'separate', edits }] });
    }
  },
};

function definedNames(instruction: Instruction): string[] {
  if (instruction.keyword === 'ARG') return argDeclarations(instruction).map((decl) => decl.name);
  if (instruction.keyword === 'FROM') return instruction.args.length === 3 ? [instruction.args[2]?.value ?? ''] : [];
  return [];
}
