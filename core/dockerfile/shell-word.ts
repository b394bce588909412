// One word as BuildKit's shell lexer reads it when it expands an instruction (frontend/dockerfile/shell/lex.go,
// ProcessWord): quotes removed, escapes applied, `$X`, `${X}` and `${X<modifier>word}` substituted.

/** A variable's value, or undefined when it is not set. */
export type Environment = (name: string) => string | undefined;

/** Nested `${a:-${b:-…}}` deeper than this is refused, so an untrusted word stays bounded. */
const MAX_DEPTH = 64;
/** Longer values are left as they are by pattern removal, which is quadratic in the worst case. */
const MAX_PATTERN_SUBJECT = 4096;
const SPECIAL = '@*#?-$!0';
const NAME_CHAR = /[\p{L}\p{Nd}_]/u;
const DIGIT = /\p{Nd}/u;

/** The word as the builder reads it; undefined where the builder fails (bad substitution, open quote, `${X:?}`). */
export function processWord(word: string, env: Environment, escape = '\\'): string | undefined {
  if (isLiteral(word, escape)) return word;
  const lexer = new Lexer(word, env, escape);
  try {
    return lexer.until(undefined, false, 0);
  } catch (error) {
    if (error instanceof LexError) return undefined;
    throw error;
  }
}

/** A word without quotes, escapes or `$` reads as itself: most words, read without a lexer. */
function isLiteral(word: string, escape: string): boolean {
  for (let i = 0; i < word.length; i++) {
    const c = word[i];
    if (c === '$' || c === "'" || c === '"' || c === escape) return false;
  }
  return true;
}

class LexError extends Error {}

class Lexer {
  pos = 0;

  constructor(
    private readonly text: string,
    private readonly env: Environment,
    private readonly escape: string,
  ) {}

  /** Reads to `stop` (consumed) or the end; `raw` keeps escape characters (pattern operands). */
  until(stop: string | undefined, raw: boolean, depth: number): string {
    if (depth > MAX_DEPTH) throw new LexError();
    let out = '';
    while (this.pos < this.text.length) {
      const plain = this.plainEnd(`$'"`, stop);
      if (plain > this.pos) {
        out += this.text.slice(this.pos, plain);
        this.pos = plain;
        continue;
      }
      const ch = this.text[this.pos] as string;
      if (stop !== undefined && ch === stop) {
        this.pos++;
        return out;
      }
      if (ch === '$') out += this.dollar(depth);
      else if (ch === "'") out += this.singleQuoted();
      else if (ch === '"') out += this.doubleQuoted(depth);
      else {
        this.pos++;
        if (ch !== this.escape) out += ch;
        else if (this.pos < this.text.length) out += (raw ? ch : '') + (this.text[this.pos++] as string);
      }
    }
    if (stop !== undefined) throw new LexError();
    return out;
  }

  /** Where the run of ordinary characters from `pos` ends: at one of `specials`, the escape, `stop` or the end. */
  private plainEnd(specials: string, stop?: string): number {
    const { text, escape } = this;
    let p = this.pos;
    while (p < text.length) {
      const ch = text[p] as string;
      if (ch === stop || ch === escape || specials.includes(ch)) return p;
      p++;
    }
    return p;
  }

  private singleQuoted(): string {
    const close = this.text.indexOf("'", this.pos + 1);
    if (close < 0) throw new LexError();
    const value = this.text.slice(this.pos + 1, close);
    this.pos = close + 1;
    return value;
  }

  private doubleQuoted(depth: number): string {
    this.pos++;
    let out = '';
    while (this.pos < this.text.length) {
      const plain = this.plainEnd('"$');
      if (plain > this.pos) {
        out += this.text.slice(this.pos, plain);
        this.pos = plain;
        continue;
      }
      const ch = this.text[this.pos] as string;
      if (ch === '"') {
        this.pos++;
        return out;
      }
      if (ch === '$') {
        out += this.dollar(depth);
        continue;
      }
      this.pos++;
      const next = this.text[this.pos];
      if (ch === this.escape && (next === '"' || next === '$' || next === this.escape)) {
        out += next;
        this.pos++;
      } else if (!(ch === this.escape && next === undefined)) out += ch;
    }
    throw new LexError();
  }

  private dollar(depth: number): string {
    this.pos++;
    if (this.text[this.pos] !== '{') {
      const name = this.name();
      return name === '' ? '$' : (this.env(name) ?? '');
    }
    this.pos++;
    const first = this.text[this.pos];
    if (first === undefined || first === '{' || first === '}' || first === ':') throw new LexError();
    const name = this.name();
    const ch = this.text[this.pos++];
    if (ch === '}') return this.env(name) ?? '';
    if (ch === '/') return this.replace(name, depth);
    if (ch === ':') return this.modified(name, this.text[this.pos++], true, depth);
    return this.modified(name, ch, false, depth);
  }

  private modified(name: string, modifier: string | undefined, nullIsUnset: boolean, depth: number): string {
    if (modifier === undefined || !'+-?#%'.includes(modifier)) throw new LexError();
    const pattern = modifier === '#' || modifier === '%';
    if (pattern && nullIsUnset) throw new LexError();
    const operand = this.until('}', pattern, depth + 1);
    const value = this.env(name);
    const unset = value === undefined || (nullIsUnset && value === '');
    if (modifier === '-') return unset ? operand : (value ?? '');
    if (modifier === '+') return unset ? '' : operand;
    if (modifier === '?') {
      if (unset) throw new LexError();
      return value ?? '';
    }
    const greedy = operand.startsWith(modifier);
    return trimPattern(value ?? '', greedy ? operand.slice(1) : operand, modifier === '#', greedy);
  }

  private replace(name: string, depth: number): string {
    const all = this.text[this.pos] === '/';
    if (all) this.pos++;
    const pattern = this.until('/', true, depth + 1);
    const replacement = this.until('}', true, depth + 1);
    const value = this.env(name) ?? '';
    const regex = globRegex(pattern, true);
    return all ? value.replace(new RegExp(regex.source, 'g'), replacement) : value.replace(regex, replacement);
  }

  private name(): string {
    const start = this.pos;
    const first = this.text[this.pos];
    if (first !== undefined && DIGIT.test(first)) {
      while (this.pos < this.text.length && DIGIT.test(this.text[this.pos] as string)) this.pos++;
      return this.text.slice(start, this.pos);
    }
    if (first !== undefined && SPECIAL.includes(first)) {
      this.pos++;
      return first;
    }
    while (this.pos < this.text.length && NAME_CHAR.test(this.text[this.pos] as string)) this.pos++;
    return this.text.slice(start, this.pos);
  }
}

/** `${X#p}`, `${X##p}`, `${X%p}`, `${X%%p}`: the shortest or longest match of the glob removed. */
function trimPattern(value: string, pattern: string, prefix: boolean, greedy: boolean): string {
  if (value.length > MAX_PATTERN_SUBJECT) return value;
  const body = globRegex(pattern, greedy).source;
  const match = new RegExp(prefix ? `^(?:${body})` : `(?:${body})$`).exec(value);
  if (!match) return value;
  if (prefix) return value.slice(match[0].length);
  // The shortest suffix: the last start where the pattern matches to the end.
  if (!greedy) {
    for (let start = value.length; start >= 0; start--)
      if (new RegExp(`^(?:${body})$`).test(value.slice(start))) return value.slice(0, start);
  }
  return value.slice(0, match.index);
}

/** A shell glob (`*`, `?`, `\` escapes) as a regular expression. */
function globRegex(pattern: string, greedy: boolean): RegExp {
  let source = '';
  for (let i = 0; i < pattern.length; i++) {
    const ch = pattern[i] as string;
    if (ch === '*') source += greedy ? '.*' : '.*?';
    else if (ch === '?') source += '.';
    else if (ch === '\\' && i + 1 < pattern.length) source += escapeRegex(pattern[++i] as string);
    else source += escapeRegex(ch);
  }
  return new RegExp(source, 'u');
}

function escapeRegex(ch: string): string {
  return /[\\^$.*+?()[\]{}|/]/.test(ch) ? `\\${ch}` : ch;
}
