// Here-documents as BuildKit finds them: the instruction's joined line is cut into shell words (backslash escapes,
// quotes kept); a word matching `^(\d*)<<(-?)([^<]*)$` whose rest is one shell word opens a heredoc. Bodies are read
// raw from the following physical lines, one heredoc after another, each up to a line equal to its name.
import type { Heredoc } from './ast';
import type { LogicalLine } from './logical-line';
import { MAY_HOLD_VARIABLES, scanVariables } from './variables';
import { shellWordEnd } from './tokens';
import { isSpace, skipSpace, type SourceText } from './text';

export interface HeredocMarker {
  name: string;
  quoted: boolean;
  stripTabs: boolean;
  fileDescriptor: number | undefined;
  /** Joined offsets of the `<<EOF` word. */
  start: number;
  end: number;
}

/** How the line is lexed for the error check: backslash escapes, quotes group. */
const LEXER_OPTIONS = { escape: '\\', quotes: true };

/** Shared by the many instructions without here-documents; never mutated. */
export const NO_MARKERS: readonly HeredocMarker[] = [];

export function findHeredocMarkers(line: string): readonly HeredocMarker[] {
  if (!line.includes('<<')) return NO_MARKERS;
  const markers: HeredocMarker[] = [];
  let p = 0;
  while (p < line.length) {
    const start = skipSpace(line, p, line.length);
    if (start >= line.length) break;
    p = shellWordEnd(line, start, line.length, '\\');
    const marker = matchMarker(line, start, p);
    if (marker) markers.push(marker);
  }
  // BuildKit's lexer fails on an unclosed quote or a bad ${…}, and then sees no words at all.
  if (markers.length === 0) return NO_MARKERS;
  if (MAY_HOLD_VARIABLES.test(line) && scanVariables(line, LEXER_OPTIONS).error) return NO_MARKERS;
  return markers;
}

/** The heredoc the word line[start, end) opens, if it is one (the pattern above, read without slicing the word). */
function matchMarker(line: string, start: number, end: number): HeredocMarker | undefined {
  let p = start;
  while (p < end && isDigit(line.charCodeAt(p))) p++;
  const digitsEnd = p;
  if (end - p < 2 || line.charCodeAt(p) !== 60 /* < */ || line.charCodeAt(p + 1) !== 60) return undefined;
  p += 2;
  const stripTabs = line.charCodeAt(p) === 45; /* - */
  if (stripTabs) p++;
  const less = line.indexOf('<', p);
  if (p >= end || (less >= 0 && less < end)) return undefined;
  const name = heredocName(line.slice(p, end));
  if (!name) return undefined;
  return {
    name: name.name,
    quoted: name.quoted,
    stripTabs,
    fileDescriptor: digitsEnd > start ? Number(line.slice(start, digitsEnd)) : undefined,
    start,
    end,
  };
}

function isDigit(c: number): boolean {
  return c >= 48 && c <= 57;
}

function closingQuote(line: string, open: number, quote: string): number {
  for (let p = open + 1; p < line.length; p++) {
    if (line[p] === quote) return p;
    if (quote === '"' && line[p] === '\\') p++;
  }
  return line.length;
}

/** Quotes, escapes and whitespace (every `isSpace` character, and a few more): a delimiter that is not plain text. */
const NOT_PLAIN_NAME = /["'\\\s\u0085]/;

/** The delimiter with quotes and escapes removed; `quoted` when any part was quoted (no expansion). */
function heredocName(rest: string): { name: string; quoted: boolean } | undefined {
  if (!NOT_PLAIN_NAME.test(rest)) return { name: rest, quoted: false };
  const words: string[] = [];
  let word = '';
  let quoted = false;
  for (let p = 0; p < rest.length; p++) {
    const ch = rest[p] as string;
    if (ch === "'" || ch === '"') {
      const close = closingQuote(rest, p, ch);
      if (close >= rest.length) return undefined;
      const inner = rest.slice(p + 1, close);
      word += ch === '"' ? inner.replace(/\\(["$\\])/g, '$1') : inner;
      quoted = true;
      p = close;
    } else if (ch === '\\') {
      p++;
      word += rest[p] ?? '';
    } else if (isSpace(rest.charCodeAt(p))) {
      if (word) words.push(word);
      word = '';
    } else {
      word += ch;
    }
  }
  if (word) words.push(word);
  return words.length === 1 ? { name: words[0] as string, quoted } : undefined;
}

export interface HeredocRead {
  heredoc: Heredoc;
  terminated: boolean;
  /** Source offsets of the body, for scanning variables. */
  bodyStart: number;
  bodyEnd: number;
}

/** Reads the bodies of `markers` starting at physical line `first`; returns them and the next line index. */
export function readHeredocs(
  source: SourceText,
  line: LogicalLine,
  markers: readonly HeredocMarker[],
  first: number,
): { reads: HeredocRead[]; next: number } {
  const reads: HeredocRead[] = [];
  let next = first;
  for (const marker of markers) {
    const read = readBody(source, marker, next);
    const bodyStart = source.start(next);
    next = read.next;
    reads.push({
      heredoc: {
        delimiter: marker.name,
        quoted: marker.quoted,
        stripTabs: marker.stripTabs,
        content: read.content,
        markerRange: line.range(marker.start, marker.end),
        contentRange: source.range(bodyStart, Math.max(bodyStart, read.bodyEnd)),
        terminatorRange: read.terminator ? source.range(read.terminator.start, read.terminator.end) : undefined,
        fileDescriptor: marker.fileDescriptor,
      },
      terminated: read.terminator !== undefined,
      bodyStart,
      bodyEnd: Math.max(bodyStart, read.bodyEnd),
    });
  }
  return { reads, next };
}

function readBody(source: SourceText, marker: HeredocMarker, first: number) {
  const text = source.text;
  let content = '';
  let bodyEnd = -1;
  for (let i = first; i < source.lineCount; i++) {
    const end = source.end(i);
    let start = source.start(i);
    if (marker.stripTabs) while (start < end && text.charCodeAt(start) === 9) start++;
    if (end - start === marker.name.length && text.startsWith(marker.name, start)) {
      return { content, bodyEnd, terminator: { start: source.start(i), end }, next: i + 1 };
    }
    content += text.slice(start, source.next(i));
    bodyEnd = end;
  }
  return { content, bodyEnd, terminator: undefined, next: source.lineCount };
}
