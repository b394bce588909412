// Small range helpers shared by rules and fixes.
import type { Position, Range } from '../parser/ast';

export function comparePositions(a: Position, b: Position): number {
  return a.line - b.line || a.character - b.character;
}

/** The whole lines a range touches, line break included, for fixes that delete an instruction. */
export function wholeLines(range: Range, lineCount: number): Range {
  const start = { line: range.start.line, character: 0 };
  if (range.end.line + 1 < lineCount) return { start, end: { line: range.end.line + 1, character: 0 } };
  return { start, end: range.end };
}

export function rangeAt(line: number, start: number, end: number): Range {
  return { start: { line, character: start }, end: { line, character: end } };
}

/** A sub-range of a single-line word: characters [from, to) of its text. */
export function slice(range: Range, from: number, to: number): Range {
  if (range.start.line !== range.end.line) return range;
  return rangeAt(range.start.line, range.start.character + from, range.start.character + to);
}
