// Translates the Go (RE2) regular expressions that patternmatcher builds from .dockerignore patterns
// into JavaScript RegExps with the same meaning. patternmatcher passes `[`, `]`, `^` and backslash
// escapes through to Go's regexp, so their Go meaning is what counts. Anything we cannot translate
// faithfully raises GoRegexError instead of matching differently.

export class GoRegexError extends Error {}

const hex = (cp: number): string => `\\u{${cp.toString(16)}}`;

/** Go's regexp reads each byte that is not UTF-8 as U+FFFD: where it matches U+FFFD, it matches those bytes too. */
const RUNE_ERROR = 0xfffd;
const INVALID_BYTES = '\\u{dc80}-\\u{dcff}'; // see ./names

/** Go's ASCII perl classes, as JS class contents. */
const PERL_CLASSES: Record<string, string> = { d: '0-9', s: '\\t\\n\\f\\r ', w: '0-9A-Za-z_' };

/** Go's POSIX classes (`[[:alpha:]]`), as JS class contents. */
const POSIX_CLASSES: Record<string, string> = {
  alnum: '0-9A-Za-z',
  alpha: 'A-Za-z',
  ascii: '\\u{0}-\\u{7f}',
  blank: '\\t ',
  cntrl: '\\u{0}-\\u{1f}\\u{7f}',
  digit: '0-9',
  graph: '!-~',
  lower: 'a-z',
  print: ' -~',
  punct: '!-\\/:-@\\[-`{-~',
  space: '\\t\\n\\v\\f\\r ',
  upper: 'A-Z',
  word: '0-9A-Za-z_',
  xdigit: '0-9A-Fa-f',
};

const CONTROL_ESCAPES: Record<string, number> = { a: 7, f: 12, t: 9, n: 10, r: 13, v: 11 };

interface Cursor {
  src: string;
  i: number;
}

function isAsciiPunct(ch: string): boolean {
  return ch.length === 1 && ch < '\x80' && !/[0-9A-Za-z]/.test(ch);
}

/** A single escaped character (`\.` or `\n`), valid both inside and outside classes. */
function escapedChar(ch: string): number | undefined {
  if (isAsciiPunct(ch)) return ch.charCodeAt(0);
  return CONTROL_ESCAPES[ch];
}

function readChar(c: Cursor): number {
  const cp = c.src.codePointAt(c.i);
  if (cp === undefined) throw new GoRegexError('missing closing ]');
  c.i += cp > 0xffff ? 2 : 1;
  return cp;
}

/** One class character: a literal or an escaped one. */
function classAtom(c: Cursor): number {
  if (c.src[c.i] !== '\\') return readChar(c);
  c.i++;
  const ch = c.src[c.i] ?? '';
  const cp = escapedChar(ch);
  if (cp === undefined) throw new GoRegexError(`unsupported escape \\${ch}`);
  c.i++;
  return cp;
}

function classItem(c: Cursor): string {
  const rest = c.src.slice(c.i);
  const posix = /^\[:(\^?)([a-z]+):\]/.exec(rest);
  if (posix) {
    const body = POSIX_CLASSES[posix[2] ?? ''];
    if (body === undefined || posix[1] === '^') throw new GoRegexError(`unsupported class ${posix[0]}`);
    c.i += posix[0].length;
    return body;
  }
  const perl = /^\\([dswDSW])/.exec(rest);
  if (perl) {
    c.i += 2;
    return `\\${perl[1] ?? ''}`;
  }
  const lo = classAtom(c);
  if (c.src[c.i] === '-' && c.i + 1 < c.src.length && c.src[c.i + 1] !== ']') {
    c.i++;
    const hi = classAtom(c);
    if (hi < lo) throw new GoRegexError('invalid character class range');
    return `${hex(lo)}-${hex(hi)}${lo <= RUNE_ERROR && RUNE_ERROR <= hi ? INVALID_BYTES : ''}`;
  }
  return lo === RUNE_ERROR ? hex(lo) + INVALID_BYTES : hex(lo);
}

/** Translates a class; the cursor is just after `[`. */
function translateClass(c: Cursor): string {
  let out = '[';
  if (c.src[c.i] === '^') {
    out += '^';
    c.i++;
  }
  let first = true; // Go takes a leading `]` literally
  while (c.i < c.src.length && (c.src[c.i] !== ']' || first)) {
    first = false;
    out += classItem(c);
  }
  if (c.i >= c.src.length) throw new GoRegexError('missing closing ]');
  c.i++;
  return out + ']';
}

function translateEscape(c: Cursor): string {
  const ch = c.src[c.i + 1] ?? '';
  c.i += 2;
  const perl = /^[dswDSW]$/.test(ch) ? PERL_CLASSES[ch.toLowerCase()] : undefined;
  if (perl !== undefined) return ch === ch.toLowerCase() ? `[${perl}]` : `[^${perl}]`;
  if (ch === 'A') return '^';
  if (ch === 'z') return '$';
  if (ch === 'b' || ch === 'B') return `\\${ch}`;
  const cp = escapedChar(ch);
  if (cp === undefined) throw new GoRegexError(`unsupported escape \\${ch}`);
  return hex(cp);
}

const PASS_THROUGH = new Set(['^', '$', '.', '(', ')', '|', '*', '+', '?']);

/** Converts Go regexp source (as patternmatcher generates it) into an equivalent JS RegExp. */
export function goRegexToJs(src: string): RegExp {
  const c: Cursor = { src, i: 0 };
  let out = '';
  while (c.i < src.length) {
    const ch = src[c.i] ?? '';
    if (ch === '\\') out += translateEscape(c);
    else if (ch === '[') {
      c.i++;
      out += translateClass(c);
    } else if (PASS_THROUGH.has(ch)) {
      out += ch;
      c.i++;
    } else {
      const cp = readChar(c);
      out += cp === RUNE_ERROR ? `[${hex(cp)}${INVALID_BYTES}]` : hex(cp);
    }
  }
  try {
    return new RegExp(out, 'u');
  } catch (err) {
    throw new GoRegexError((err as Error).message);
  }
}
