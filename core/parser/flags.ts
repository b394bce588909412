// BuildKit's `extractBuilderFlags`: leading words that start with `--` are flags; quotes are removed and a
// backslash (always backslash, whatever the escape directive) keeps the next character. A bare `--` ends them.
import { isSpace } from './text';

export interface FlagWord {
  /** The word as BuildKit gives it, quotes and escapes processed, e.g. `--from=build`. */
  word: string;
  start: number;
  end: number;
}

export interface ExtractedFlags {
  flags: FlagWord[];
  /** Where the arguments start (before trimming). */
  argsStart: number;
}

export function extractFlags(text: string, from: number, to: number): ExtractedFlags {
  const flags: FlagWord[] = [];
  let p = from;
  for (;;) {
    while (p < to && isSpace(text.charCodeAt(p))) p++;
    if (p >= to) return { flags, argsStart: to };
    if (text[p] !== '-' || p + 1 >= to || text[p + 1] !== '-') return { flags, argsStart: p };
    const flag = readFlagWord(text, p, to);
    p = flag.end;
    if (flag.word === '--') return { flags, argsStart: p };
    flags.push(flag);
  }
}

function readFlagWord(text: string, start: number, to: number): FlagWord {
  let word = '';
  let p = start;
  while (p < to && !isSpace(text.charCodeAt(p))) {
    const ch = text[p] as string;
    if (ch === '"' || ch === "'") {
      p = readQuoted(text, p + 1, to, ch, (c) => (word += c));
      continue;
    }
    if (ch === '\\') {
      p++;
      if (p >= to) break;
    }
    word += text[p];
    p++;
  }
  return { word, start, end: p };
}

/** Reads after an opening quote up to and past the closing one; returns the offset after it. */
function readQuoted(text: string, from: number, to: number, quote: string, add: (c: string) => void): number {
  let p = from;
  while (p < to) {
    const ch = text[p] as string;
    if (ch === quote) return p + 1;
    if (ch === '\\') {
      p++;
      if (p >= to) return p;
    }
    add(text[p] as string);
    p++;
  }
  return p;
}
