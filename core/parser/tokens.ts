// Tokens of an instruction's joined text, and BuildKit's two ways of cutting arguments into words.
import { isSpace, skipBlanks, skipNonBlanks, skipSpace } from './text';

/** A piece of the joined text. `value` may differ from the text it came from (JSON escapes). */
export interface Token {
  value: string;
  /** Joined offsets of the token as written, e.g. including JSON quotes. */
  start: number;
  end: number;
  /** Joined offset of value[0] when `offsets` is absent: value[i] comes from valueStart + i. */
  valueStart: number;
  /** Joined offset of each value character, when the value is not a plain substring. */
  offsets?: number[];
}

export function substringToken(text: string, start: number, end: number): Token {
  return { value: text.slice(start, end), start, end, valueStart: start };
}

/** Joined offset of value index `i` (i may equal the value's length). */
export function tokenOffset(token: Token, i: number): number {
  if (!token.offsets) return token.valueStart + i;
  return token.offsets[i] ?? token.end;
}

/** A token for value[from, to) of `token`, when the value is a plain substring. */
export function subToken(token: Token, from: number, to: number): Token {
  const start = tokenOffset(token, from);
  return { value: token.value.slice(from, to), start, end: start + (to - from), valueStart: start };
}

/** BuildKit's `parseStringsWhitespaceDelimited`: split on runs of `[\t\v\f\r ]`, quotes mean nothing. */
export function splitOnBlanks(text: string, from: number, to: number): Token[] {
  const tokens: Token[] = [];
  let p = from;
  while (p < to) {
    const start = skipBlanks(text, p, to);
    p = skipNonBlanks(text, start, to);
    if (p > start) tokens.push(substringToken(text, start, p));
  }
  return tokens;
}

/**
 * BuildKit's `parseWords`: whitespace-separated words where quotes (kept in the word) group spaces,
 * and the escape character keeps the next character (both stay in the word).
 */
export function parseWords(text: string, from: number, to: number, escape: string): Token[] {
  const tokens: Token[] = [];
  let p = from;
  while (p < to) {
    p = skipSpace(text, p, to);
    if (p >= to) break;
    const start = p;
    p = shellWordEnd(text, p, to, escape);
    // A lone escape at the very end is skipped by BuildKit, so it is not part of the value.
    const valueEnd = p === to && endsWithLoneEscape(text, start, to, escape) ? to - 1 : p;
    tokens.push({ value: text.slice(start, valueEnd), start, end: p, valueStart: start });
  }
  return tokens;
}

/** Where the word at `from` ends: at whitespace outside quotes; the escape keeps the next character (not in ''). */
export function shellWordEnd(text: string, from: number, to: number, escape: string): number {
  let p = from;
  let quote = '';
  while (p < to) {
    const ch = text[p] as string;
    if (quote) {
      if (ch === quote) quote = '';
      else if (ch === escape && quote !== "'") p++;
      p++;
      continue;
    }
    if (isSpaceAt(text, p)) return p;
    if (ch === '"' || ch === "'") quote = ch;
    else if (ch === escape) p++;
    p++;
  }
  return Math.min(p, to);
}

/** Printable ASCII, most of any text, is never whitespace: only other characters need `isSpace`. */
function isSpaceAt(text: string, p: number): boolean {
  const c = text.charCodeAt(p);
  return (c <= 32 || c >= 127) && isSpace(c);
}

function endsWithLoneEscape(text: string, start: number, to: number, escape: string): boolean {
  if (text[to - 1] !== escape) return false;
  // Walk the word again to see whether the last escape starts a pair or stands alone.
  let p = start;
  let quote = '';
  while (p < to) {
    const ch = text[p] as string;
    if (quote && ch === quote) quote = '';
    else if (!quote && (ch === '"' || ch === "'")) quote = ch;
    else if (ch === escape && quote !== "'") {
      if (p === to - 1) return true;
      p++;
    }
    p++;
  }
  return false;
}
