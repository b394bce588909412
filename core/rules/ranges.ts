// Small range helpers shared by rules and fixes.
import type { Position, Range } from '../parser/ast';
import type { FixProposal, MessageData, TextEdit } from './types';

export function comparePositions(a: Position, b: Position): number {
  return a.line - b.line || a.character - b.character;
}

/** An edit that inserts `newText` at `at`. */
export function insertAt(at: Position, newText: string): TextEdit {
  return { range: { start: at, end: at }, newText };
}

/** The fix that appends ` option` to what `range` covers (a command missing an option), titled `fix.<titleKey>`. */
export function appendOption(range: Range, option: string, titleKey = 'add', data?: MessageData): FixProposal {
  return { titleKey, ...(data && { data }), edits: [insertAt(range.end, ` ${option}`)] };
}

/** The whole lines a range touches, line break included, for fixes that delete an instruction. */
export function wholeLines(range: Range, lineCount: number): Range {
  const start = { line: range.start.line, character: 0 };
  if (range.end.line + 1 < lineCount) return { start, end: { line: range.end.line + 1, character: 0 } };
  return { start, end: range.end };
}

/** True when `position` lies in `range`, both ends included (a cursor just after a word is on it). */
export function rangeContains(range: Range, position: Position): boolean {
  return comparePositions(range.start, position) <= 0 && comparePositions(position, range.end) <= 0;
}

export function rangesIntersect(a: Range, b: Range): boolean {
  return comparePositions(a.start, b.end) <= 0 && comparePositions(b.start, a.end) <= 0;
}

/** Binary search over items sorted by range; the last item starting at or before `position` that contains it. */
export function findContaining<T extends { range: Range }>(items: readonly T[], position: Position): T | undefined {
  let low = 0;
  let high = items.length - 1;
  let found: T | undefined;
  while (low <= high) {
    const mid = (low + high) >> 1;
    const item = items[mid];
    if (!item) break;
    if (comparePositions(item.range.start, position) <= 0) {
      found = item;
      low = mid + 1;
    } else {
      high = mid - 1;
    }
  }
  return found && rangeContains(found.range, position) ? found : undefined;
}

export function rangeAt(line: number, start: number, end: number): Range {
  return { start: { line, character: start }, end: { line, character: end } };
}

/** A sub-range of a single-line word: characters [from, to) of its text. */
export function slice(range: Range, from: number, to: number): Range {
  if (range.start.line !== range.end.line) return range;
  return rangeAt(range.start.line, range.start.character + from, range.start.character + to);
}
