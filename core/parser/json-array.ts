// JSON (exec) form, decided as BuildKit decides it: the whole text must unmarshal (Go's encoding/json) into an
// array; any element that is not a string is a hard error; anything else that fails is shell form.
// Iterative, with Go's nesting limit, so hostile input cannot exhaust the stack.
import type { Token } from './tokens';

export type JsonArrayResult = { kind: 'array'; items: Token[] } | { kind: 'not-strings' } | { kind: 'invalid' };

const MAX_DEPTH = 10000;
const INVALID: JsonArrayResult = { kind: 'invalid' };

function isJsonSpace(c: number): boolean {
  return c === 32 || c === 9 || c === 10 || c === 13;
}

/** text[from, to) is the instruction's trimmed arguments, starting with `[`. */
export function parseJsonArray(text: string, from: number, to: number): JsonArrayResult {
  const scanner = new JsonScanner(text, to);
  const items: Token[] = [];
  let allStrings = true;
  const stack: string[] = [];
  let p = from;
  let expectValue = true;
  for (;;) {
    p = scanner.skipSpace(p);
    if (expectValue) {
      const atTop = stack.length === 1;
      const c = text[p];
      if (c === '[' || c === '{') {
        if (atTop) allStrings = false;
        stack.push(c === '[' ? ']' : '}');
        if (stack.length > MAX_DEPTH) return INVALID;
        p = scanner.skipSpace(p + 1);
        if (text[p] === stack[stack.length - 1]) {
          stack.pop();
          p++;
          expectValue = false;
        } else if (c === '{') {
          p = scanner.objectKey(p);
          if (p < 0) return INVALID;
        }
        continue;
      }
      if (c === '"') {
        const item = scanner.string(p);
        if (!item) return INVALID;
        if (atTop) items.push(item);
        p = item.end;
      } else {
        p = scanner.scalar(p);
        if (p < 0) return INVALID;
        if (atTop) allStrings = false;
      }
      expectValue = false;
      continue;
    }
    const close = stack[stack.length - 1];
    if (close === undefined) {
      if (p !== to) return INVALID;
      return allStrings ? { kind: 'array', items } : { kind: 'not-strings' };
    }
    if (text[p] === close) {
      stack.pop();
      p++;
    } else if (text[p] === ',') {
      p = close === '}' ? scanner.objectKey(scanner.skipSpace(p + 1)) : p + 1;
      if (p < 0) return INVALID;
      expectValue = true;
    } else {
      return INVALID;
    }
  }
}

const SIMPLE_ESCAPES: Record<string, string> = {
  '"': '"',
  '\\': '\\',
  '/': '/',
  b: '\b',
  f: '\f',
  n: '\n',
  r: '\r',
  t: '\t',
};
const NUMBER = /-?(?:0|[1-9][0-9]*)(?:\.[0-9]+)?(?:[eE][+-]?[0-9]+)?/y;
const LITERAL = /true|false|null/y;

class JsonScanner {
  constructor(
    private readonly text: string,
    private readonly to: number,
  ) {}

  skipSpace(from: number): number {
    let p = from;
    while (p < this.to && isJsonSpace(this.text.charCodeAt(p))) p++;
    return p;
  }

  /** `"key" :` of an object member; returns the offset after the colon, or -1. */
  objectKey(from: number): number {
    if (this.text[from] !== '"') return -1;
    const key = this.string(from);
    if (!key) return -1;
    const colon = this.skipSpace(key.end);
    return this.text[colon] === ':' ? colon + 1 : -1;
  }

  /** A number or literal; returns the offset after it, or -1. Numbers beyond float64 fail as in Go. */
  scalar(from: number): number {
    for (const pattern of [NUMBER, LITERAL]) {
      pattern.lastIndex = from;
      const match = pattern.exec(this.text);
      if (!match || from + match[0].length > this.to) continue;
      if (pattern === NUMBER && !Number.isFinite(Number(match[0]))) return -1;
      return from + match[0].length;
    }
    return -1;
  }

  /** A string literal starting at the quote, decoded, with the source offset of each decoded character. */
  string(from: number): Token | undefined {
    const text = this.text;
    let value = '';
    const offsets: number[] = [];
    let plain = true;
    let p = from + 1;
    while (p < this.to) {
      const c = text.charCodeAt(p);
      if (c === 34 /* " */) {
        const end = p + 1;
        return plain
          ? { value, start: from, end, valueStart: from + 1 }
          : { value, start: from, end, valueStart: from + 1, offsets: [...offsets, p] };
      }
      if (c < 0x20) return undefined;
      if (c !== 92 /* \ */) {
        value += text[p];
        offsets.push(p);
        p++;
        continue;
      }
      plain = false;
      const decoded = this.escape(p);
      if (decoded === undefined) return undefined;
      value += decoded.text;
      offsets.push(p);
      p = decoded.next;
    }
    return undefined;
  }

  private escape(at: number): { text: string; next: number } | undefined {
    const kind = this.text[at + 1] ?? '';
    const simple = SIMPLE_ESCAPES[kind];
    if (simple !== undefined && at + 2 <= this.to) return { text: simple, next: at + 2 };
    if (kind !== 'u' || at + 6 > this.to) return undefined;
    const hex = this.text.slice(at + 2, at + 6);
    if (!/^[0-9a-fA-F]{4}$/.test(hex)) return undefined;
    return { text: String.fromCharCode(parseInt(hex, 16)), next: at + 6 };
  }
}
