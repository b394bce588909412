// The document as physical lines, offsets turned into LSP positions, and the whitespace classes BuildKit uses.
import type { Position, Range } from './ast';

/** One physical line: `end` excludes the line ending; `next` is where the following line starts. */
export interface PhysicalLine {
  start: number;
  end: number;
  next: number;
}

export class SourceText {
  readonly lines: PhysicalLine[];
  /** The text starts with a UTF-8 byte-order mark (U+FEFF), which BuildKit strips. */
  readonly hasBom: boolean;

  constructor(readonly text: string) {
    this.lines = splitLines(text);
    this.hasBom = text.charCodeAt(0) === 0xfeff;
  }

  /** LF, CRLF and a lone CR all end a line, as in LSP. */
  lineEnding(index: number): string {
    const line = this.lines[index];
    return line ? this.text.slice(line.end, line.next) : '';
  }

  lineText(index: number): string {
    const line = this.lines[index];
    return line ? this.text.slice(line.start, line.end) : '';
  }

  position(offset: number): Position {
    const lines = this.lines;
    let lo = 0;
    let hi = lines.length - 1;
    while (lo < hi) {
      const mid = (lo + hi + 1) >> 1;
      if ((lines[mid] as PhysicalLine).start <= offset) lo = mid;
      else hi = mid - 1;
    }
    const line = lines[lo] as PhysicalLine;
    return { line: lo, character: Math.min(offset, line.end) - line.start };
  }

  range(start: number, end: number): Range {
    return { start: this.position(start), end: this.position(end) };
  }
}

function splitLines(text: string): PhysicalLine[] {
  const lines: PhysicalLine[] = [];
  let start = 0;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c !== 10 && c !== 13) continue;
    const end = i;
    if (c === 13 && text.charCodeAt(i + 1) === 10) i++;
    lines.push({ start, end, next: i + 1 });
    start = i + 1;
  }
  lines.push({ start, end: text.length, next: text.length });
  return lines;
}

/** Go's `unicode.IsSpace`, used by `strings.TrimSpace` and the word splitters. */
export function isSpace(c: number): boolean {
  if (c < 0x80) return c === 32 || (c >= 9 && c <= 13);
  return (
    c === 0x85 || c === 0xa0 || c === 0x1680 || (c >= 0x2000 && c <= 0x200a) ||
    c === 0x2028 || c === 0x2029 || c === 0x202f || c === 0x205f || c === 0x3000
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
