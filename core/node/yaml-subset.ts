// The part of YAML that .hadolint.yaml files use, read without a YAML library: block mappings and sequences by
// indentation, `[a, b]` flow sequences, plain and quoted scalars, and `#` comments. Anything else (anchors, tags,
// block scalars, flow mappings, mappings inside sequences) is an error naming its line, never a guess.
import { defineCatalog, translate, type Locale } from '../l10n';

export type YamlValue = string | null | YamlValue[] | { [key: string]: YamlValue };

const messages = defineCatalog(
  'yaml-subset',
  {
    tab: 'tabs are not allowed in indentation: indent with spaces',
    documents: 'only one YAML document is supported: remove "---" or "..."',
    unclosedQuote: 'a quoted value must close on its own line',
    keyValue: 'expected "key: value" here',
    duplicateKey: '"{text}" appears twice in the same mapping',
    indentation: 'this line is indented more or less than the lines around it',
    listMapping: 'a "key: value" inside a list item is not supported here: list plain values',
    flowClose: 'a list written with [ must close with ] on the same line',
    flowNested: 'a [ ] or { } inside a [ ] list is not supported here',
    unsupported: '"{text}" uses YAML that is not supported here (anchors, tags, block text, mappings in braces)',
  },
  {
    tab: '들여쓰기에는 탭을 쓸 수 없습니다. 공백으로 들여 쓰세요',
    documents: 'YAML 문서는 하나만 쓸 수 있습니다. "---"이나 "..."을 지우세요',
    unclosedQuote: '따옴표로 시작한 값은 같은 줄에서 닫아야 합니다',
    keyValue: '여기에는 "키: 값" 형식이 와야 합니다',
    duplicateKey: '같은 매핑에 "{text}"이(가) 두 번 나옵니다',
    indentation: '이 줄의 들여쓰기가 주변 줄과 맞지 않습니다',
    listMapping: '목록 항목 안의 "키: 값"은 여기서 지원하지 않습니다. 값만 나열하세요',
    flowClose: '[로 시작한 목록은 같은 줄에서 ]로 닫아야 합니다',
    flowNested: '[ ] 목록 안의 [ ]나 { }는 여기서 지원하지 않습니다',
    unsupported: '"{text}"은(는) 여기서 지원하지 않는 YAML 문법입니다(앵커, 태그, 블록 텍스트, 중괄호 매핑)',
  },
);

export type YamlProblem = keyof typeof messages.en;

export type YamlResult =
  { ok: true; value: YamlValue } | { ok: false; line: number; problem: YamlProblem; text: string };

/** What is wrong with the file, in the locale. */
export function yamlProblemText(locale: Locale, problem: YamlProblem, text: string): string {
  return translate(messages, locale, problem, { text });
}

interface Line {
  /** 1-based, for messages. */
  number: number;
  indent: number;
  text: string;
}

class YamlError extends Error {
  constructor(
    readonly line: number,
    readonly problem: YamlProblem,
    readonly text = '',
  ) {
    super(problem);
  }
}

export function readYamlSubset(source: string): YamlResult {
  try {
    const lines = significantLines(source);
    if (lines.length === 0) return { ok: true, value: null };
    const reader = new Reader(lines);
    const value = reader.block(0, lines[0]?.indent ?? 0);
    if (!reader.done()) throw new YamlError(reader.current().number, 'indentation');
    return { ok: true, value };
  } catch (error) {
    if (error instanceof YamlError) return { ok: false, line: error.line, problem: error.problem, text: error.text };
    throw error;
  }
}

/** Lines with content, comments removed; a tab in the indentation is an error, as in YAML. */
function significantLines(source: string): Line[] {
  const lines: Line[] = [];
  source.split(/\r\n|\r|\n/).forEach((raw, index) => {
    const number = index + 1;
    const text = withoutComment(raw, number).trimEnd();
    const content = text.trimStart();
    if (content === '' || (lines.length === 0 && content === '---')) return;
    if (content === '...' || content === '---') throw new YamlError(number, 'documents');
    const indentation = text.slice(0, text.length - content.length);
    if (indentation.includes('\t')) throw new YamlError(number, 'tab');
    lines.push({ number, indent: indentation.length, text: content });
  });
  return lines;
}

/** The line before a `#` that starts a comment (at the start or after a space, outside quotes). */
function withoutComment(line: string, number: number): string {
  let quote: string | undefined;
  for (let i = 0; i < line.length; i++) {
    const char = line[i];
    if (quote) {
      if (char === '\\' && quote === '"') i++;
      else if (char === quote) quote = undefined;
    } else if (char === '"' || char === "'") quote = char;
    else if (char === '#' && (i === 0 || /\s/.test(line[i - 1] ?? ''))) return line.slice(0, i);
  }
  if (quote) throw new YamlError(number, 'unclosedQuote');
  return line;
}

class Reader {
  private index = 0;

  constructor(private readonly lines: readonly Line[]) {}

  done(): boolean {
    return this.index >= this.lines.length;
  }

  current(): Line {
    return this.lines[this.index] as Line;
  }

  /** A mapping or a sequence whose entries sit at `indent`, starting at line `index`. */
  block(index: number, indent: number): YamlValue {
    this.index = index;
    return isSequenceItem(this.current().text) ? this.sequence(indent) : this.mapping(indent);
  }

  private mapping(indent: number): YamlValue {
    const mapping: { [key: string]: YamlValue } = {};
    while (!this.done() && this.current().indent === indent && !isSequenceItem(this.current().text)) {
      const line = this.current();
      const match = /^("[^"]*"|'[^']*'|[^:]+?)\s*:(?:\s+(.*))?$/.exec(line.text);
      if (!match?.[1]) throw new YamlError(line.number, 'keyValue');
      const key = scalar(match[1], line.number) ?? '';
      if (Object.hasOwn(mapping, key)) throw new YamlError(line.number, 'duplicateKey', key);
      this.index++;
      mapping[key] = match[2] === undefined ? this.nested(indent) : inlineValue(match[2], line.number);
    }
    return mapping;
  }

  private sequence(indent: number): YamlValue {
    const items: YamlValue[] = [];
    while (!this.done() && this.current().indent === indent && isSequenceItem(this.current().text)) {
      const line = this.current();
      const item = line.text.slice(1).trim();
      if (/^("[^"]*"|'[^']*'|[^:"'[]+?)\s*:(\s|$)/.test(item)) throw new YamlError(line.number, 'listMapping');
      this.index++;
      items.push(item === '' ? this.nested(indent) : inlineValue(item, line.number));
    }
    return items;
  }

  /** The value on the lines after `key:` or `-`: deeper lines, or a sequence at the key's own indentation. */
  private nested(indent: number): YamlValue {
    if (this.done()) return null;
    const next = this.current();
    if (next.indent > indent || (next.indent === indent && isSequenceItem(next.text)))
      return this.block(this.index, next.indent);
    return null;
  }
}

function isSequenceItem(text: string): boolean {
  return text === '-' || text.startsWith('- ');
}

/** A value on the same line as its key or dash: a flow sequence or a scalar. */
function inlineValue(text: string, line: number): YamlValue {
  if (text.startsWith('[')) {
    if (!text.endsWith(']')) throw new YamlError(line, 'flowClose');
    const inner = text.slice(1, -1).trim();
    if (inner === '') return [];
    return splitFlow(inner, line).map((item) => scalar(item, line));
  }
  return scalar(text, line);
}

/** Splits `a, 'b, c', d` at the commas outside quotes. */
function splitFlow(text: string, line: number): string[] {
  const items: string[] = [];
  let quote: string | undefined;
  let start = 0;
  for (let i = 0; i < text.length; i++) {
    const char = text[i];
    if (quote) {
      if (char === quote) quote = undefined;
    } else if (char === '"' || char === "'") quote = char;
    else if (char === '[' || char === '{') throw new YamlError(line, 'flowNested');
    else if (char === ',') {
      items.push(text.slice(start, i).trim());
      start = i + 1;
    }
  }
  items.push(text.slice(start).trim());
  return items;
}

function scalar(text: string, line: number): string | null {
  if (text.length >= 2 && text.startsWith("'") && text.endsWith("'")) return text.slice(1, -1).replaceAll("''", "'");
  if (text.length >= 2 && text.startsWith('"') && text.endsWith('"'))
    return text.slice(1, -1).replace(/\\(.)/g, (_, char: string) => char);
  if (/^[&*!|>{%@`]/.test(text)) throw new YamlError(line, 'unsupported', text);
  if (text === '~' || text === 'null') return null;
  return text;
}
