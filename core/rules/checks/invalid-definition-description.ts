// BuildKit InvalidDefinitionDescription (experimental): a comment right above `FROM … AS name` or `ARG NAME`
// is taken as its description, so it should start with that name.
import type { Comment, Instruction } from '../../parser/ast';
import { buildCheckUrl } from '../docs';
import { argDeclarations } from '../facts';
import type { Rule } from '../types';

export const InvalidDefinitionDescription: Rule = {
  id: 'InvalidDefinitionDescription',
  defaultSeverity: 'warning',
  experimental: true,
  buildCheck: true,
  description:
    'Comment for build stage or argument should follow the format: `# <arg/stage name> <description>`. If this is not intended to be a description comment, add an empty line or comment between the instruction and the comment.',
  url: buildCheckUrl('InvalidDefinitionDescription'),
  check({ ast, report }) {
    const commentAtLine = new Map<number, Comment>(ast.comments.map((c) => [c.range.start.line, c]));
    for (const instruction of ast.instructions) {
      const names = definedNames(instruction);
      const comment = commentAtLine.get(instruction.range.start.line - 1);
      if (names.length === 0 || !comment) continue;
      const firstWord = comment.text.replace(/^\s*#?\s*/, '').split(' ')[0];
      if (names.includes(firstWord ?? '')) continue;
      const name = names.length === 1 ? (names[0] ?? '') : '<name>';
      report({ range: comment.range, data: { instruction: instruction.keyword, name } });
    }
  },
};

function definedNames(instruction: Instruction): string[] {
  if (instruction.keyword === 'ARG') return argDeclarations(instruction).map((decl) => decl.name);
  if (instruction.keyword === 'FROM') return instruction.args.length === 3 ? [instruction.args[2]?.value ?? ''] : [];
  return [];
}
