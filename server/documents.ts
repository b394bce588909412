// The open documents: incremental text sync and one shared ParsedDocument per document version.
import type { Position, Range } from './parser/ast';
import { ParsedDocument } from './service/document';

/** An LSP content change: a ranged edit, or the whole new text when `range` is absent. */
export interface TextChange {
  range?: Range;
  text: string;
}

/** Splits text into lines that keep their line break (`\n`, `\r\n` or `\r`); the last has none. */
function splitLines(text: string): string[] {
  const lines: string[] = [];
  let start = 0;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c !== 10 && c !== 13) continue;
    if (c === 13 && text.charCodeAt(i + 1) === 10) i++;
    lines.push(text.slice(start, i + 1));
    start = i + 1;
  }
  lines.push(text.slice(start));
  return lines;
}

function contentLength(line: string): number {
  let end = line.length;
  if (end > 0 && line.charCodeAt(end - 1) === 10) end--;
  if (end > 0 && line.charCodeAt(end - 1) === 13) end--;
  return end;
}

/**
 * Text kept as an array of lines, so an edit costs the lines it touches (plus an array splice),
 * never a copy of the whole text; the text is joined once, when a version is read.
 */
export class LineBuffer {
  private lines: string[];
  private joined: string | undefined;

  constructor(text: string) {
    this.lines = splitLines(text);
    this.joined = text;
  }

  get text(): string {
    this.joined ??= this.lines.join('');
    return this.joined;
  }

  apply(change: TextChange): void {
    this.joined = undefined;
    if (!change.range) {
      this.lines = splitLines(change.text);
      return;
    }
    const [startLine, startChar] = this.locate(change.range.start);
    let [last, endChar] = this.locate(change.range.end);
    if (last < startLine || (last === startLine && endChar < startChar)) [last, endChar] = [startLine, startChar];
    let first = startLine;
    let composed = (this.lines[first] ?? '').slice(0, startChar) + change.text + (this.lines[last] ?? '').slice(endChar);
    // A lone `\r` meeting a `\n` across the edit's edges becomes one `\r\n` line break.
    const before = this.lines[first - 1];
    if (before?.endsWith('\r') && composed.startsWith('\n')) {
      composed = before + composed;
      first--;
    }
    const after = this.lines[last + 1];
    if (after?.startsWith('\n') && composed.endsWith('\r')) {
      composed += after;
      last++;
    }
    const replacement = splitLines(composed);
    if (last + 1 < this.lines.length) replacement.pop(); // composed ends with a line break: the next line follows
    this.replaceLines(first, last, replacement);
  }

  /** A position as [line, character], clamped into the text (past the end means the end). */
  private locate(position: Position): [number, number] {
    const lastLine = this.lines.length - 1;
    if (position.line > lastLine) return [lastLine, (this.lines[lastLine] ?? '').length];
    if (position.line < 0) return [0, 0];
    const line = position.line;
    const length = contentLength(this.lines[line] ?? '');
    return [line, Math.min(Math.max(position.character, 0), length)];
  }

  private replaceLines(first: number, last: number, replacement: string[]): void {
    if (replacement.length < 10_000) {
      this.lines.splice(first, last - first + 1, ...replacement);
    } else {
      this.lines = this.lines.slice(0, first).concat(replacement, this.lines.slice(last + 1));
    }
  }
}

interface Entry {
  buffer: LineBuffer;
  version: number;
  snapshot: ParsedDocument | undefined;
}

export class DocumentStore {
  private readonly entries = new Map<string, Entry>();

  open(uri: string, version: number, text: string): void {
    this.entries.set(uri, { buffer: new LineBuffer(text), version, snapshot: undefined });
  }

  /** Applies content changes in order; returns false for a document that is not open. */
  update(uri: string, version: number, changes: readonly TextChange[]): boolean {
    const entry = this.entries.get(uri);
    if (!entry) return false;
    for (const change of changes) entry.buffer.apply(change);
    entry.version = version;
    entry.snapshot = undefined;
    return true;
  }

  close(uri: string): void {
    this.entries.delete(uri);
  }

  /** The current version, parsed at most once however many features ask. */
  get(uri: string): ParsedDocument | undefined {
    const entry = this.entries.get(uri);
    if (!entry) return undefined;
    entry.snapshot ??= new ParsedDocument(entry.buffer.text, uri, entry.version);
    return entry.snapshot;
  }

  uris(): string[] {
    return [...this.entries.keys()];
  }
}
