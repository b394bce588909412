// The Dockerfile parser: `parse(text)` gives the syntax tree and its syntax problems, and never throws.
import type { DockerfileAst } from './ast';
import { parseSource } from './document';
import { makeProblem } from './problems';
import { SourceText } from './text';

export type * from './ast';
export { PROBLEM_KINDS, type ProblemCode } from './problems';

export function parse(text: string): DockerfileAst {
  const source = new SourceText(text);
  try {
    return parseSource(source);
  } catch (error) {
    // A safety net only: the fuzz run and property tests treat this problem as a failure.
    const detail = error instanceof Error ? error.message : String(error);
    const everything = source.range(0, text.length);
    return {
      directives: [],
      escapeChar: '\\',
      instructions: [],
      comments: [],
      stages: [],
      problems: [makeProblem('ParserInternalError', everything, { detail })],
      lineCount: source.lineCount,
    };
  }
}
