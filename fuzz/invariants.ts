// What must hold for any input: no internal parser failure, and every range (in the tree, the problems and the
// findings with their fixes) lies inside the document with its start before its end.
import type { DockerfileAst, Instruction, Position, Range } from '../core/parser/ast';

interface RangedFinding {
  range: Range;
  fixes?: { edits: { range: Range }[] }[];
}

function isRange(value: object): value is Range {
  const candidate = value as Partial<Range>;
  return typeof candidate.start === 'object' && typeof candidate.end === 'object' && candidate.start !== null;
}

function isInside(position: Position, lengths: number[]): boolean {
  const length = lengths[position.line];
  return (
    Number.isInteger(position.character) &&
    length !== undefined &&
    position.character >= 0 &&
    position.character <= length
  );
}

function rangeProblem(range: Range, lengths: number[]): string | undefined {
  if (!isInside(range.start, lengths) || !isInside(range.end, lengths))
    return `range outside the document: ${JSON.stringify(range)}`;
  const { start, end } = range;
  if (start.line > end.line || (start.line === end.line && start.character > end.character)) {
    return `range ends before it starts: ${JSON.stringify(range)}`;
  }
  return undefined;
}

/** Every Range reachable from `root`; the tree is acyclic apart from shared nodes, which are visited once. */
function collectRanges(root: unknown): Range[] {
  const ranges: Range[] = [];
  const seen = new Set<object>();
  const stack: unknown[] = [root];
  while (stack.length > 0) {
    const value = stack.pop();
    if (typeof value !== 'object' || value === null || seen.has(value)) continue;
    seen.add(value);
    if (isRange(value)) ranges.push(value);
    else for (const child of Object.values(value)) stack.push(child);
  }
  return ranges;
}

/** An instruction's shortcuts agree with what they stand for: `argCount` with `args`, `writtenKeyword` with the source. */
function shortcutProblem(instruction: Instruction, lines: string[]): string | undefined {
  if (instruction.argCount !== instruction.args.length)
    return `argCount ${instruction.argCount}, args ${instruction.args.length}`;
  const { start, end } = instruction.keywordRange;
  const written = start.line === end.line ? lines[start.line]?.slice(start.character, end.character) : undefined;
  if (instruction.writtenKeyword !== written)
    return `writtenKeyword ${JSON.stringify(instruction.writtenKeyword)}, source ${JSON.stringify(written)}`;
  return instruction.trigger && shortcutProblem(instruction.trigger, lines);
}

export function invariantViolation(
  text: string,
  ast: DockerfileAst,
  findings: RangedFinding[] = [],
): string | undefined {
  const internal = ast.problems.find((problem) => problem.code === 'ParserInternalError');
  if (internal) return `internal parser error: ${internal.data?.detail ?? ''}`;
  const lines = text.split(/\r\n|\r|\n/);
  const lengths = lines.map((line) => line.length);
  if (ast.lineCount !== lengths.length) return `lineCount ${ast.lineCount}, expected ${lengths.length}`;
  for (const instruction of ast.instructions) {
    const problem = shortcutProblem(instruction, lines);
    if (problem) return problem;
  }
  for (const range of collectRanges([ast, findings])) {
    const problem = rangeProblem(range, lengths);
    if (problem) return problem;
  }
  return undefined;
}
