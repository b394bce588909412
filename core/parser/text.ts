// The document as physical lines, offsets turned into LSP positions, and the whitespace classes BuildKit uses.
import type { Position, Range } from './ast';

/** Where each line starts: LF, CRLF and a lone CR each end a line, as in LSP. */
export function lineStarts(text: string): number[] {
  const starts = new Array<number>(cutLines(text) + 1);
  starts[0] = 0;
  cutLines(text, starts);
  return starts;
}

/** The lines without their breaks (the same breaks as `lineStarts`). */
export function lineTexts(text: string): string[] {
  return text.includes('\r') ? text.split(/\r\n|\r|\n/) : text.split('\n');
}

/** Where the line from `start` to `next` (the next line's start) ends, before its line break. */
export function lineContentEnd(text: string, start: number, next: number): number {
  let end = next;
  if (end > start && text.charCodeAt(end - 1) === 10) end--;
  if (end > start && text.charCodeAt(end - 1) === 13) end--;
  return end;
}

const POSITION_CACHE_SIZE = 4;

/** A plain or typed array of offsets. */
type Offsets = { [index: number]: number };

/**
 * Counts the line breaks; when given arrays, also writes where each line after the first starts (`starts[i + 1]`)
 * and where each line but the last ends before its break (`ends[i]`). Called once to size the arrays, then to fill.
 */
function cutLines(text: string, starts?: Offsets, ends?: Offsets): number {
  return text.includes('\r') ? cutAnyBreaks(text, starts, ends) : cutLineFeeds(text, starts, ends);
}

/** The common case, a text without CR: each LF, found by indexOf, ends a line. */
function cutLineFeeds(text: string, starts?: Offsets, ends?: Offsets): number {
  let count = 0;
  for (let lf = text.indexOf('\n'); lf >= 0; lf = text.indexOf('\n', lf + 1)) {
    if (ends) ends[count] = lf;
    count++;
    if (starts) starts[count] = lf + 1;
  }
  return count;
}

function cutAnyBreaks(text: string, starts?: Offsets, ends?: Offsets): number {
  let count = 0;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    const lineFeed = c === 10;
    if (!lineFeed && !(c === 13 && text.charCodeAt(i + 1) !== 10)) continue;
    if (ends) ends[count] = lineFeed && i > 0 && text.charCodeAt(i - 1) === 13 ? i - 1 : i;
    count++;
    if (starts) starts[count] = i + 1;
  }
  return count;
}

/**
 * The document's physical lines, kept as two typed arrays of offsets (no object per line, no spare room). For
 * line i: `start(i)`, `end(i)` (before its line ending), `next(i)` (where line i+1 starts).
 */
export class SourceText {
  /** The text starts with a UTF-8 byte-order mark (U+FEFF), which BuildKit strips. */
  readonly hasBom: boolean;
  readonly lineCount: number;
  private readonly starts: Int32Array;
  private readonly ends: Int32Array;
  private lastLine = 0;
  /** The most recent positions, round robin: the ranges of one instruction share their start and end objects. */
  private cachedOffsets = [-1, -1, -1, -1];
  private cachedPositions: Position[] = [];
  private cacheSlot = 0;

  constructor(readonly text: string) {
    this.hasBom = text.charCodeAt(0) === 0xfeff;
    const breaks = cutLines(text);
    this.starts = new Int32Array(breaks + 1);
    this.ends = new Int32Array(breaks + 1);
    cutLines(text, this.starts, this.ends);
    this.ends[breaks] = text.length;
    this.lineCount = breaks + 1;
  }

  start(line: number): number {
    return this.starts[line] ?? this.text.length;
  }

  end(line: number): number {
    return this.ends[line] ?? this.text.length;
  }

  next(line: number): number {
    return this.starts[line + 1] ?? this.text.length;
  }

  /** The position of `offset`; nearby lookups of one offset share the (never mutated) object. */
  position(offset: number): Position {
    const offsets = this.cachedOffsets;
    for (let slot = 0; slot < POSITION_CACHE_SIZE; slot++)
      if (offsets[slot] === offset) return this.cachedPositions[slot] as Position;
    const index = this.lineIndex(offset);
    const start = this.starts[index] as number;
    const position = { line: index, character: Math.min(offset, this.ends[index] as number) - start };
    this.cacheSlot = (this.cacheSlot + 1) % POSITION_CACHE_SIZE;
    offsets[this.cacheSlot] = offset;
    this.cachedPositions[this.cacheSlot] = position;
    return position;
  }

  /** Positions handed out so far belong to the caller, who may move them: later lookups make new ones. */
  releasePositions(): void {
    this.cachedOffsets.fill(-1);
  }

  range(start: number, end: number): Range {
    return { start: this.position(start), end: this.position(end) };
  }

  /** Lookups mostly move forward through the file, so the last answer is tried before a binary search. */
  private lineIndex(offset: number): number {
    const starts = this.starts;
    const lastIndex = this.lineCount - 1;
    const last = this.lastLine;
    if ((starts[last] as number) <= offset) {
      if (last === lastIndex || offset < (starts[last + 1] as number)) return last;
      if (last + 1 === lastIndex || offset < (starts[last + 2] as number)) return ++this.lastLine;
    }
    let lo = 0;
    let hi = lastIndex;
    while (lo < hi) {
      const mid = (lo + hi + 1) >> 1;
      if ((starts[mid] as number) <= offset) lo = mid;
      else hi = mid - 1;
    }
    this.lastLine = lo;
    return lo;
  }
}

/** Go's `unicode.IsSpace`, used by `strings.TrimSpace` and the word splitters. */
export function isSpace(c: number): boolean {
  if (c < 0x80) return c === 32 || (c >= 9 && c <= 13);
  return (
    c === 0x85 ||
    c === 0xa0 ||
    c === 0x1680 ||
    (c >= 0x2000 && c <= 0x200a) ||
    c === 0x2028 ||
    c === 0x2029 ||
    c === 0x202f ||
    c === 0x205f ||
    c === 0x3000
  );
}

/** BuildKit's `[\t\v\f\r ]`, which splits the keyword from its arguments and whitespace-delimited words. */
export function isBlank(c: number): boolean {
  return c === 32 || c === 9 || c === 11 || c === 12 || c === 13;
}

/** Go regexp's `\s`: `[\t\n\f\r ]`. */
export function isRegexSpace(c: number): boolean {
  return c === 32 || c === 9 || c === 10 || c === 12 || c === 13;
}

export function skipSpace(text: string, from: number, to: number): number {
  let p = from;
  while (p < to && isSpace(text.charCodeAt(p))) p++;
  return p;
}

export function trimSpaceEnd(text: string, from: number, to: number): number {
  let e = to;
  while (e > from && isSpace(text.charCodeAt(e - 1))) e--;
  return e;
}

/** The first offset in [from, to) that is not blank (`isBlank`), or `to`. */
export function skipBlanks(text: string, from: number, to: number): number {
  let p = from;
  while (p < to && isBlank(text.charCodeAt(p))) p++;
  return p;
}

/** The first blank offset in [from, to), or `to`. */
export function skipNonBlanks(text: string, from: number, to: number): number {
  let p = from;
  while (p < to && !isBlank(text.charCodeAt(p))) p++;
  return p;
}

/** The first offset in [from, to) that is whitespace (`isSpace`), or `to`. */
export function skipNonSpace(text: string, from: number, to: number): number {
  let p = from;
  while (p < to && !isSpace(text.charCodeAt(p))) p++;
  return p;
}
