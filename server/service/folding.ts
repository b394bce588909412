// Folding: stages, instructions spanning lines, heredoc bodies and runs of comment lines.
import { FoldingRangeKind, type FoldingRange } from 'vscode-languageserver';
import type { Comment, Instruction, Range } from '../../core/parser/ast';
import type { ParsedDocument } from './document';
import { eachInSteps, runSteps, type Steps } from './steps';

/** Folding keeps the first line visible; a range folds only when it spans more than one line. */
function fold(startLine: number, endLine: number, kind?: FoldingRangeKind): FoldingRange[] {
  if (endLine <= startLine) return [];
  return [kind ? { startLine, endLine, kind } : { startLine, endLine }];
}

/** A stage folds up to its last non-empty line, so blank lines between stages stay visible. */
function stageEnd(range: Range): number {
  return range.end.character === 0 && range.end.line > range.start.line ? range.end.line - 1 : range.end.line;
}

function commentBlocks(comments: readonly Comment[]): FoldingRange[] {
  const ranges: FoldingRange[] = [];
  let start: number | undefined;
  let previous = -2;
  for (const comment of comments) {
    const line = comment.range.start.line;
    if (line !== previous + 1) {
      if (start !== undefined) ranges.push(...fold(start, previous, FoldingRangeKind.Comment));
      start = line;
    }
    previous = line;
  }
  if (start !== undefined) ranges.push(...fold(start, previous, FoldingRangeKind.Comment));
  return ranges;
}

export function getFoldingRanges(document: ParsedDocument): FoldingRange[] {
  return runSteps(foldingRangesInSteps(document));
}

/** `getFoldingRanges` in steps, for a document too large to go through in one go. */
export function* foldingRangesInSteps(document: ParsedDocument): Steps<FoldingRange[]> {
  const { ast } = document;
  const ranges: FoldingRange[] = [];
  for (const stage of ast.stages)
    ranges.push(...fold(stage.range.start.line, stageEnd(stage.range), FoldingRangeKind.Region));
  yield* eachInSteps(ast.instructions, (instruction) => ranges.push(...instructionFolds(instruction)));
  ranges.push(...commentBlocks(ast.comments));
  return ranges.sort((a, b) => a.startLine - b.startLine);
}

/** A multi-line instruction, and its here-documents when they are not the whole of it. */
function instructionFolds(instruction: Instruction): FoldingRange[] {
  const { start, end } = instruction.range;
  const ranges = fold(start.line, end.line);
  for (const heredoc of instruction.heredocs) {
    const last = heredoc.terminatorRange?.end.line ?? heredoc.contentRange.end.line;
    const startLine = heredoc.markerRange.start.line;
    if (startLine !== start.line || last !== end.line) ranges.push(...fold(startLine, last));
  }
  return ranges;
}
