// Parser directives (`# syntax=…`, `# escape=…`, `# check=…`): recognised only in the leading lines of the file,
// matched as BuildKit's `^#\s*([a-zA-Z][a-zA-Z0-9]*)\s*=\s*(.+?)\s*$`, names case-insensitive.
import type { Directive } from './ast';
import { makeProblem, type ProblemSink } from './problems';
import { isRegexSpace, type SourceText } from './text';

const KNOWN = new Set(['syntax', 'escape', 'check']);

interface DirectiveMatch {
  name: string;
  nameStart: number;
  nameEnd: number;
  valueStart: number;
  valueEnd: number;
}

function isAlpha(c: number): boolean {
  return (c >= 65 && c <= 90) || (c >= 97 && c <= 122);
}

function isAlnum(c: number): boolean {
  return isAlpha(c) || (c >= 48 && c <= 57);
}

/** Matches a directive on text[start, end) (the line after leading whitespace). */
export function matchDirective(text: string, start: number, end: number): DirectiveMatch | undefined {
  if (text.charCodeAt(start) !== 35 /* # */) return undefined;
  let p = start + 1;
  while (p < end && isRegexSpace(text.charCodeAt(p))) p++;
  const nameStart = p;
  if (p >= end || !isAlpha(text.charCodeAt(p))) return undefined;
  while (p < end && isAlnum(text.charCodeAt(p))) p++;
  const nameEnd = p;
  while (p < end && isRegexSpace(text.charCodeAt(p))) p++;
  if (p >= end || text.charCodeAt(p) !== 61 /* = */) return undefined;
  const afterEquals = p + 1;
  let valueStart = afterEquals;
  while (valueStart < end && isRegexSpace(text.charCodeAt(valueStart))) valueStart++;
  let valueEnd = end;
  if (valueStart === end) {
    // `(.+?)` needs one character: with only blanks after `=`, the regex takes the last blank.
    if (end === afterEquals) return undefined;
    valueStart = end - 1;
  } else {
    while (valueEnd > valueStart && isRegexSpace(text.charCodeAt(valueEnd - 1))) valueEnd--;
  }
  return { name: text.slice(nameStart, nameEnd).toLowerCase(), nameStart, nameEnd, valueStart, valueEnd };
}

/** Tracks the directive block at the top of the file and the escape character it selects. */
export class DirectiveScanner {
  readonly directives: Directive[] = [];
  escapeChar: '\\' | '`' = '\\';
  private open = true;

  constructor(
    private readonly source: SourceText,
    private readonly sink: ProblemSink,
  ) {}

  /** Returns true when text[start, end) is a directive line (so it is consumed); closes the block otherwise. */
  consume(start: number, end: number): boolean {
    if (!this.open) return false;
    const match = matchDirective(this.source.text, start, end);
    if (!match || !KNOWN.has(match.name)) {
      this.open = false;
      return false;
    }
    const value = this.source.text.slice(match.valueStart, match.valueEnd);
    const directive: Directive = {
      name: match.name,
      value,
      range: this.source.range(start, match.valueEnd),
      nameRange: this.source.range(match.nameStart, match.nameEnd),
      valueRange: this.source.range(match.valueStart, match.valueEnd),
    };
    if (this.directives.some((d) => d.name === match.name)) {
      this.sink.push(makeProblem('DuplicateDirective', directive.range, { name: match.name }));
      return true;
    }
    this.directives.push(directive);
    if (match.name === 'escape') this.setEscape(value, directive);
    return true;
  }

  private setEscape(value: string, directive: Directive): void {
    if (value === '\\' || value === '`') this.escapeChar = value;
    else this.sink.push(makeProblem('InvalidEscapeDirective', directive.valueRange, { value }));
  }
}
