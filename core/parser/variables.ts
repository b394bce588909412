// Variable references as BuildKit's shell lexer (frontend/dockerfile/shell/lex.go) finds them: `$X`, `${X}` and
// `${X<modifier>word}`. Single quotes hide them, double quotes do not, and the escape character keeps the next
// character literal (`\$X` is no reference). Positions are indices into the scanned string.
import type { VariableModifier } from './ast';

export interface RawVariable {
  name: string;
  start: number;
  end: number;
  nameStart: number;
  nameEnd: number;
  modifier: VariableModifier;
  operand: string | undefined;
}

export type VariableErrorCode = 'BadSubstitution' | 'UnsupportedModifier' | 'UnterminatedQuote';

export interface VariableError {
  code: VariableErrorCode;
  start: number;
  end: number;
  data: Record<string, string>;
}

export interface VariableScan {
  refs: RawVariable[];
  error: VariableError | undefined;
}

export interface ScanOptions {
  escape: string;
  /** False for COPY here-document bodies, where quotes are ordinary characters. */
  quotes: boolean;
  /** Only look for the error: no references are collected. */
  errorsOnly?: boolean;
}

/** Only text with `$` or quotes can hold references or lexer errors. */
export const MAY_HOLD_VARIABLES = /[$'"]/;

const MAX_NESTING = 64;
const SPECIAL_PARAMS = '@*#?-$!0';
const LETTER_OR_DIGIT = /[\p{L}\p{Nd}]/u;
const DIGIT = /\p{Nd}/u;

export function scanVariables(text: string, options: ScanOptions): VariableScan {
  const scanner = new Scanner(text, options);
  scanner.scan(undefined, 0);
  const refs = scanner.refs.sort((a, b) => a.start - b.start);
  return { refs, error: scanner.error };
}

class Scanner {
  pos = 0;
  readonly refs: RawVariable[] = [];
  error: VariableError | undefined;
  private depth = 0;

  constructor(
    private readonly text: string,
    private readonly options: ScanOptions,
  ) {}

  /** Scans up to `stop` (consumed) or the end; false on error. `open` is where the enclosing `${` starts. */
  scan(stop: string | undefined, open: number): boolean {
    const { text, options } = this;
    while (this.pos < text.length) {
      const ch = text[this.pos];
      if (stop !== undefined && ch === stop) {
        this.pos++;
        return true;
      }
      if (ch === '$') {
        if (!this.dollar()) return false;
      } else if (options.quotes && ch === "'") {
        const close = text.indexOf("'", this.pos + 1);
        if (close < 0) return this.fail('UnterminatedQuote', this.pos, text.length, { quote: 'single' });
        this.pos = close + 1;
      } else if (options.quotes && ch === '"') {
        if (!this.doubleQuoted()) return false;
      } else {
        this.pos += ch === options.escape ? 2 : 1;
      }
    }
    this.pos = text.length;
    if (stop === undefined) return true;
    return this.fail('BadSubstitution', open, text.length, { text: text.slice(open) });
  }

  private doubleQuoted(): boolean {
    const { text, options } = this;
    const open = this.pos++;
    while (this.pos < text.length) {
      const ch = text[this.pos];
      if (ch === '"') {
        this.pos++;
        return true;
      }
      if (ch === '$') {
        if (!this.dollar()) return false;
        continue;
      }
      this.pos++;
      const next = text[this.pos];
      if (ch === options.escape && (next === '"' || next === '$' || next === options.escape)) this.pos++;
    }
    return this.fail('UnterminatedQuote', open, text.length, { quote: 'double' });
  }

  private dollar(): boolean {
    const text = this.text;
    const start = this.pos++;
    if (text[this.pos] !== '{') {
      const nameStart = this.pos;
      const name = this.name();
      if (name) this.push(start, nameStart, name, undefined, undefined);
      return true;
    }
    this.pos++;
    const first = text[this.pos];
    if (first === undefined || first === '{' || first === '}' || first === ':') {
      return this.fail('BadSubstitution', start, Math.min(this.pos + 1, text.length), {
        text: text.slice(start, this.pos + 1),
      });
    }
    const nameStart = this.pos;
    const name = this.name();
    const ch = text[this.pos++];
    if (ch === '}') {
      this.push(start, nameStart, name, undefined, undefined);
      return true;
    }
    if (ch === undefined) return this.fail('BadSubstitution', start, text.length, { text: text.slice(start) });
    if (this.depth >= MAX_NESTING) return false;
    this.depth++;
    const ok = ch === '/' ? this.replacement(start, nameStart, name) : this.modified(ch, start, nameStart, name);
    this.depth--;
    return ok;
  }

  /** `${X:-w}`, `${X-w}`, `${X:+w}`, `${X+w}`, `${X:?w}`, `${X?w}`, `${X#p}`, `${X##p}`, `${X%p}`, `${X%%p}`. */
  private modified(ch: string, start: number, nameStart: number, name: string): boolean {
    const text = this.text;
    let op = ch;
    if (ch === ':') {
      op = text[this.pos++] ?? '';
      if (!op) return this.fail('BadSubstitution', start, text.length, { text: text.slice(start) });
    } else if (!'+-?#%'.includes(ch)) {
      return this.fail('UnsupportedModifier', start, this.pos, { modifier: ch, text: text.slice(start, this.pos) });
    }
    const operandStart = this.pos;
    if (!this.scan('}', start)) return false;
    let operand = text.slice(operandStart, this.pos - 1);
    if (!'+-?#%'.includes(op)) {
      return this.fail('UnsupportedModifier', start, this.pos, {
        modifier: ch === ':' ? `:${op}` : op,
        text: text.slice(start, this.pos),
      });
    }
    let modifier = (ch === ':' && '+-?'.includes(op) ? `:${op}` : op) as VariableModifier;
    if ((op === '#' || op === '%') && operand.startsWith(op)) {
      modifier = (op + op) as VariableModifier;
      operand = operand.slice(1);
    }
    this.push(start, nameStart, name, modifier, operand);
    return true;
  }

  /** `${X/pattern/replacement}` and `${X//pattern/replacement}`. */
  private replacement(start: number, nameStart: number, name: string): boolean {
    let modifier: VariableModifier = '/';
    if (this.text[this.pos] === '/') {
      this.pos++;
      modifier = '//';
    }
    const operandStart = this.pos;
    if (!this.scan('/', start) || !this.scan('}', start)) return false;
    this.push(start, nameStart, name, modifier, this.text.slice(operandStart, this.pos - 1));
    return true;
  }

  /** BuildKit's processName: digits, one special parameter, or letters, digits and `_`. */
  private name(): string {
    const text = this.text;
    const start = this.pos;
    const first = codePointAt(text, start);
    if (first !== undefined && isDigit(first)) {
      for (let cp: string | undefined = first; cp !== undefined && isDigit(cp); cp = codePointAt(text, this.pos))
        this.pos += cp.length;
      return text.slice(start, this.pos);
    }
    if (first !== undefined && SPECIAL_PARAMS.includes(first)) {
      this.pos++;
      return first;
    }
    for (
      let cp: string | undefined = first;
      cp !== undefined && (cp === '_' || isLetterOrDigit(cp));
      cp = codePointAt(text, this.pos)
    ) {
      this.pos += cp.length;
    }
    return text.slice(start, this.pos);
  }

  private push(
    start: number,
    nameStart: number,
    name: string,
    modifier: VariableModifier,
    operand: string | undefined,
  ): void {
    if (this.options.errorsOnly) return;
    this.refs.push({ name, start, end: this.pos, nameStart, nameEnd: nameStart + name.length, modifier, operand });
  }

  private fail(code: VariableErrorCode, start: number, end: number, data: Record<string, string>): false {
    this.error ??= { code, start, end, data };
    return false;
  }
}

/** The character (one code point) at `at`, or undefined at the end. */
function codePointAt(text: string, at: number): string | undefined {
  const c = text.charCodeAt(at);
  if (Number.isNaN(c)) return undefined;
  if (c < 0xd800 || c > 0xdbff) return text[at];
  return String.fromCodePoint(text.codePointAt(at) ?? c);
}

function isDigit(cp: string): boolean {
  return (cp >= '0' && cp <= '9') || (cp > '\x7f' && DIGIT.test(cp));
}

function isLetterOrDigit(cp: string): boolean {
  const c = cp.charCodeAt(0);
  if (c < 0x80) return (c >= 48 && c <= 57) || (c >= 65 && c <= 90) || (c >= 97 && c <= 122);
  return LETTER_OR_DIGIT.test(cp);
}
