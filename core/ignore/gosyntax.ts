// Go semantics that .dockerignore handling depends on: `filepath.Clean`, the syntax check that
// `filepath.Match` applies to a pattern, and byte-wise (UTF-8) name ordering as `os.ReadDir` sorts.
import { isEscape } from './names';

/** `filepath.Clean` on slash-separated paths. */
export function cleanPath(path: string): string {
  if (path === '') return '.';
  const rooted = path.startsWith('/');
  const out: string[] = [];
  for (const part of path.split('/')) {
    if (part === '' || part === '.') continue;
    if (part !== '..') out.push(part);
    else if (out.length > 0 && out[out.length - 1] !== '..') out.pop();
    else if (!rooted) out.push('..');
  }
  const joined = out.join('/');
  if (rooted) return '/' + joined;
  return joined === '' ? '.' : joined;
}

/** Reads one class character the way `filepath.Match`'s getEsc does (a byte that is not UTF-8 is an error); returns the next index or -1. */
function classChar(p: string, i: number): number {
  if (i >= p.length || p[i] === '-' || p[i] === ']') return -1;
  if (p[i] === '\\') {
    i++;
    if (i >= p.length) return -1;
  }
  const cp = p.codePointAt(i) ?? 0;
  if (isEscape(cp)) return -1;
  i += cp > 0xffff ? 2 : 1;
  return i >= p.length ? -1 : i;
}

/** Parses a `[...]` class starting after `[`; returns the index after `]`, or -1 when malformed. */
function skipClass(p: string, i: number): number {
  if (p[i] === '^') i++;
  for (let ranges = 0; ; ranges++) {
    if (p[i] === ']' && ranges > 0) return i + 1;
    i = classChar(p, i);
    if (i < 0) return -1;
    if (p[i] === '-') {
      i = classChar(p, i + 1);
      if (i < 0) return -1;
    }
  }
}

/** Go's `unicode.IsSpace` set. Unlike JS `trim()`, it leaves U+FEFF (a BOM) alone. */
const GO_SPACE = '[\\t\\n\\v\\f\\r \\u0085\\u00a0\\u1680\\u2000-\\u200a\\u2028\\u2029\\u202f\\u205f\\u3000]';
const GO_TRIM = new RegExp(`^${GO_SPACE}+|${GO_SPACE}+$`, 'g');

/** `strings.TrimSpace`. */
export function trimSpace(text: string): string {
  return text.replace(GO_TRIM, '');
}

/** True when `filepath.Match` would answer ErrBadPattern for this pattern (on Unix). */
export function isBadGlob(pattern: string): boolean {
  for (let i = 0; i < pattern.length;) {
    const ch = pattern[i];
    if (ch === '\\') {
      if (i + 1 >= pattern.length) return true;
      i += 2;
    } else if (ch === '[') {
      i = skipClass(pattern, i + 1);
      if (i < 0) return true;
    } else {
      i++;
    }
  }
  return false;
}

function sortKey(unit: number): number {
  // UTF-16 surrogates stand for code points above U+FFFF: order them after U+E000..U+FFFF.
  return unit >= 0xd800 && unit <= 0xdfff ? unit + 0x2800 : unit;
}

/** Orders names as Go compares strings (UTF-8 bytes), which is code point order. */
export function compareNames(a: string, b: string): number {
  const n = Math.min(a.length, b.length);
  for (let i = 0; i < n; i++) {
    const x = a.charCodeAt(i);
    const y = b.charCodeAt(i);
    if (x !== y) return sortKey(x) - sortKey(y);
  }
  return a.length - b.length;
}
