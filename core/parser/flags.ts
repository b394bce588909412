// BuildKit's `extractBuilderFlags`: leading words that start with `--` are flags; quotes are removed and a
// backslash (always backslash, whatever the escape directive) keeps the next character. A bare `--` ends them.
import { isSpace, skipSpace } from './text';

export interface FlagWord {
  /** The word as BuildKit gives it, quotes and escapes processed, e.g. `--from=build`. */
  word: string;
  start: number;
  end: number;
}

export interface ExtractedFlags {
  flags: readonly FlagWord[];
  /** Where the arguments start (before trimming). */
  argsStart: number;
}

/** Shared by the many instructions without flags; never mutated. */
export const NO_FLAGS: readonly FlagWord[] = [];

export function extractFlags(text: string, from: number, to: number): ExtractedFlags {
  let flags: FlagWord[] | undefined;
  let p = from;
  for (;;) {
    p = skipSpace(text, p, to);
    if (p >= to) return { flags: flags ?? NO_FLAGS, argsStart: to };
    if (!startsFlag(text, p, to)) return { flags: flags ?? NO_FLAGS, argsStart: p };
    const flag = readFlagWord(text, p, to);
    p = flag.end;
    if (flag.word === '--') return { flags: flags ?? NO_FLAGS, argsStart: p };
    (flags ??= []).push(flag);
  }
}

function startsFlag(text: string, p: number, to: number): boolean {
  return p + 1 < to && text.charCodeAt(p) === 45 /* - */ && text.charCodeAt(p + 1) === 45;
}

/** The word from `start` to the next whitespace outside quotes; plain words are one slice. */
function readFlagWord(text: string, start: number, to: number): FlagWord {
  let word = '';
  let p = start;
  let plain = start;
  while (p < to && !isSpace(text.charCodeAt(p))) {
    const c = text.charCodeAt(p);
    if (c !== 34 /* " */ && c !== 39 /* ' */ && c !== 92 /* \ */) {
      p++;
      continue;
    }
    word += text.slice(plain, p);
    if (c === 92) {
      const escaped = Math.min(p + 2, to);
      word += text.slice(p + 1, escaped);
      p = escaped;
    } else {
      const close = closingQuote(text, p + 1, to, c);
      word += unescapeQuoted(text, p + 1, close);
      p = Math.min(close + 1, to);
    }
    plain = p;
  }
  word += text.slice(plain, p);
  return { word, start, end: p };
}

/** The offset of the closing `quote` after `from` (a backslash skips the next character), or `to`. */
function closingQuote(text: string, from: number, to: number, quote: number): number {
  let p = from;
  while (p < to) {
    const c = text.charCodeAt(p);
    if (c === quote) return p;
    p += c === 92 ? 2 : 1;
  }
  return to;
}

/** A quoted part's text with each backslash dropped and the character after it kept. */
function unescapeQuoted(text: string, from: number, to: number): string {
  let part = '';
  let plain = from;
  for (let p = from; p < to; p++) {
    if (text.charCodeAt(p) !== 92) continue;
    part += text.slice(plain, p);
    plain = p + 1;
    p++;
  }
  return part + text.slice(plain, to);
}
