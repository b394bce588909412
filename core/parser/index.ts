// The Dockerfile parser: `parse(text)` gives the syntax tree and its syntax problems, and never throws.
import type { DockerfileAst } from './ast';
import { DocumentParse } from './document';
import { makeProblem } from './problems';
import { SourceText } from './text';

export type * from './ast';
export { PROBLEM_KINDS, type ProblemCode } from './problems';

export function parse(text: string): DockerfileAst {
  return new StepwiseParse(text).tree();
}

/**
 * A parse in steps, for a caller that yields between them (a huge document in the editor): `advance(lines)` reads
 * about that many more physical lines and returns true once all are read; `tree()` gives the result. Never throws.
 */
export class StepwiseParse {
  private readonly source: SourceText;
  private readonly steps: DocumentParse;
  private result: DockerfileAst | undefined;

  constructor(text: string) {
    this.source = new SourceText(text);
    this.steps = new DocumentParse(this.source);
  }

  advance(lines: number): boolean {
    if (this.result) return true;
    try {
      return this.steps.advance(lines);
    } catch (error) {
      this.result = failedParse(this.source, error);
      return true;
    }
  }

  tree(): DockerfileAst {
    if (!this.result) {
      try {
        this.result = this.steps.tree();
      } catch (error) {
        this.result = failedParse(this.source, error);
      }
    }
    return this.result;
  }
}

/** A safety net only: the fuzz run and property tests treat this problem as a failure. */
function failedParse(source: SourceText, error: unknown): DockerfileAst {
  const detail = error instanceof Error ? error.message : String(error);
  return {
    directives: [],
    escapeChar: '\\',
    instructions: [],
    comments: [],
    stages: [],
    problems: [makeProblem('ParserInternalError', source.range(0, source.text.length), { detail })],
    lineCount: source.lineCount,
  };
}
