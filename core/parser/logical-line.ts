// Joins an instruction's physical lines as BuildKit does: the escape character (plus trailing spaces/tabs) ending a
// line continues it; comment lines inside the continuation are dropped; blank ones are skipped (and reported).
// The joined text keeps a map back to source offsets so every token gets an exact range.
import type { Comment, Range } from './ast';
import { skipSpace, trimSpaceEnd, type SourceText } from './text';

export class LogicalLine {
  text = '';
  /** Where the first piece starts in the source; -1 before any. */
  private first = -1;
  /** Later pieces (continuation lines), two numbers each: where it starts in the joined text, then in the source. */
  private pieces: number[] | undefined;

  constructor(readonly source: SourceText) {}

  append(start: number, end: number): void {
    if (this.first < 0) {
      this.first = start;
    } else {
      (this.pieces ??= []).push(this.text.length, start);
    }
    this.text += this.source.text.slice(start, end);
  }

  /** Drops the spare room pushing left in the piece array, as the line lives as long as its tree. */
  compact(): void {
    this.pieces = this.pieces?.slice();
  }

  /** Where the instruction starts in the source (BuildKit's start line, even for a lone escape line). */
  get sourceStart(): number {
    return Math.max(this.first, 0);
  }

  /** The source offset of joined offset `j` (which may be the end of the text). */
  toSource(j: number): number {
    const pieces = this.pieces;
    if (!pieces || j < (pieces[0] as number)) return this.sourceStart + j;
    let lo = 0;
    let hi = pieces.length / 2 - 1;
    while (lo < hi) {
      const mid = (lo + hi + 1) >> 1;
      if ((pieces[2 * mid] as number) <= j) lo = mid;
      else hi = mid - 1;
    }
    return (pieces[2 * lo + 1] as number) + (j - (pieces[2 * lo] as number));
  }

  /** Whether joined text [start, end) is one piece of the source, with no continuation inside. */
  isContiguous(start: number, end: number): boolean {
    return end <= start || this.toSource(end - 1) - this.toSource(start) === end - 1 - start;
  }

  /** The source range of joined text [start, end): the end stays on the line of its last character. */
  range(start: number, end: number): Range {
    const from = this.toSource(start);
    const to = end > start ? this.toSource(end - 1) + 1 : from;
    return this.source.range(from, to);
  }
}

/** Shared by the many instructions without blank continuation lines; never mutated. */
const NO_EMPTY_LINES: readonly number[] = [];

export interface JoinedInstruction {
  line: LogicalLine;
  /** Index of the first physical line after the instruction's text. */
  next: number;
  /** Blank physical lines skipped inside the continuation. */
  emptyLines: readonly number[];
}

/**
 * Offset of the continuation escape in text[start, end), or -1 when the line does not continue:
 * BuildKit's `([^E])E[ \t]*$|^E[ \t]*$`, so an escaped escape (`\\`) ends the line.
 */
export function continuationAt(text: string, start: number, end: number, escape: string): number {
  let e = end;
  while (e > start && (text[e - 1] === ' ' || text[e - 1] === '\t')) e--;
  if (e === start || text[e - 1] !== escape) return -1;
  const at = e - 1;
  return at === start || text[at - 1] !== escape ? at : -1;
}

export function makeComment(source: SourceText, hash: number, end: number): Comment {
  const text = source.text;
  const body = skipSpace(text, hash + 1, end);
  return { text: text.slice(body, trimSpaceEnd(text, body, end)), range: source.range(hash, end) };
}

/** Reads one instruction starting at `start` (after leading whitespace) on physical line `first`. */
export function joinInstruction(
  source: SourceText,
  first: number,
  start: number,
  escape: string,
  comments: Comment[],
): JoinedInstruction | undefined {
  const text = source.text;
  if (first >= source.lineCount) return undefined;
  const headEnd = source.end(first);
  let at = continuationAt(text, start, headEnd, escape);
  if (at < 0 && start === headEnd) return undefined;
  const line = new LogicalLine(source);
  line.append(start, at < 0 ? headEnd : at);
  let emptyLines: number[] | undefined;
  let i = first + 1;
  for (; at >= 0 && i < source.lineCount; i++) {
    const lineStart = source.start(i);
    const lineEnd = source.end(i);
    const lead = skipSpace(text, lineStart, lineEnd);
    if (lead === lineEnd) {
      (emptyLines ??= []).push(i);
      continue;
    }
    if (text.charCodeAt(lead) === 35 /* # */) {
      comments.push(makeComment(source, lead, lineEnd));
      continue;
    }
    at = continuationAt(text, lineStart, lineEnd, escape);
    line.append(lineStart, at < 0 ? lineEnd : at);
  }
  line.compact();
  return { line, next: i, emptyLines: emptyLines ?? NO_EMPTY_LINES };
}
