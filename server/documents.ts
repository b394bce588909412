// The open documents: incremental text sync and one shared ParsedDocument per document version.
import type { DockerfileAst, Position, Range } from '../core/parser/ast';
import { lineContentEnd, lineStarts } from '../core/parser/text';
import { ParsedDocument } from './service/document';
import { LineIndex } from './service/line-index';
import { changedSpan } from './changed-span';
import type { DirtyLines } from './service/incremental';

/** An LSP content change: a ranged edit, or the whole new text when `range` is absent. */
export interface TextChange {
  range?: Range;
  text: string;
}

/** The text's lines, each keeping its line break (`\n`, `\r\n` or `\r`; the last has none), and where they start. */
function splitLines(text: string): { lines: string[]; starts: number[] } {
  const starts = lineStarts(text);
  const lines: string[] = [];
  for (let i = 0; i < starts.length; i++) lines.push(text.slice(starts[i], starts[i + 1] ?? text.length));
  return { lines, starts };
}

/** Lines [first, last] replaced by `count` lines. */
export interface ReplacedLines {
  first: number;
  last: number;
  count: number;
}

/** Folds one more change into the lines changed so far. */
function addDirty(dirty: DirtyLines | undefined, replaced: ReplacedLines): DirtyLines {
  const delta = replaced.count - (replaced.last - replaced.first + 1);
  const newEnd = replaced.first + replaced.count - 1;
  if (!dirty) return { start: replaced.first, end: newEnd, delta };
  const movedEnd = dirty.end > replaced.last ? dirty.end + delta : dirty.end;
  return { start: Math.min(dirty.start, replaced.first), end: Math.max(movedEnd, newEnd), delta: dirty.delta + delta };
}

/**
 * Text kept as an array of lines, so an edit costs the lines it touches (plus an array splice),
 * never a copy of the whole text. The whole text is built once per version read: for the usual single
 * edit, by slicing the previous text around it (V8 joins the pieces lazily, in one copy); otherwise by
 * joining the lines.
 */
export class LineBuffer {
  private lines: string[];
  private joined: string | undefined;
  /** Line start offsets of `joined`, while both describe the current text. */
  private starts: number[] | undefined;

  constructor(text: string) {
    ({ lines: this.lines, starts: this.starts } = splitLines(text));
    this.joined = text;
  }

  get text(): string {
    this.joined ??= this.lines.join('');
    return this.joined;
  }

  /** Where each line starts, from the line lengths: no scan of the text. */
  lineStarts(): number[] {
    if (this.starts) return this.starts;
    const starts = new Array<number>(this.lines.length);
    let offset = 0;
    for (let i = 0; i < this.lines.length; i++) {
      starts[i] = offset;
      offset += (this.lines[i] as string).length;
    }
    this.starts = starts;
    return starts;
  }

  /** Applies one change; returns the lines it replaced (numbered before the change). */
  apply(change: TextChange): ReplacedLines {
    if (!change.range) {
      const replaced = this.apply(this.asRangedChange(change.text));
      this.joined = change.text; // the same text, in one piece: no later read has to join the pieces
      return replaced;
    }
    const [startLine, startChar] = this.locate(change.range.start);
    let [last, endChar] = this.locate(change.range.end);
    if (last < startLine || (last === startLine && endChar < startChar)) [last, endChar] = [startLine, startChar];
    this.spliceJoined(startLine, startChar, last, endChar, change.text);
    let first = startLine;
    let composed =
      (this.lines[first] ?? '').slice(0, startChar) + change.text + (this.lines[last] ?? '').slice(endChar);
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
    const replacement = splitLines(composed).lines;
    if (last + 1 < this.lines.length) replacement.pop(); // composed ends with a line break: the next line follows
    this.replaceLines(first, last, replacement);
    return { first, last, count: replacement.length };
  }

  /** The whole new text as an edit of the span that differs from the current text. */
  private asRangedChange(text: string): TextChange {
    const span = changedSpan(this.text, text);
    const range = { start: this.positionAt(span.start), end: this.positionAt(span.oldEnd) };
    return { range, text: text.slice(span.start, span.newEnd) };
  }

  private positionAt(offset: number): Position {
    const starts = this.lineStarts();
    let low = 0;
    let high = starts.length - 1;
    while (low < high) {
      const mid = (low + high + 1) >> 1;
      if ((starts[mid] as number) <= offset) low = mid;
      else high = mid - 1;
    }
    return { line: low, character: offset - (starts[low] as number) };
  }

  /** Keeps the whole text current by slicing, when its line starts are known; else it is rebuilt on read. */
  private spliceJoined(startLine: number, startChar: number, endLine: number, endChar: number, text: string): void {
    const { joined, starts } = this;
    this.starts = undefined;
    if (joined === undefined || !starts) {
      this.joined = undefined;
      return;
    }
    const start = (starts[startLine] ?? 0) + startChar;
    const end = (starts[endLine] ?? 0) + endChar;
    this.joined = joined.slice(0, start) + text + joined.slice(end);
  }

  /** A position as [line, character], clamped into the text (past the end means the end). */
  private locate(position: Position): [number, number] {
    const lastLine = this.lines.length - 1;
    if (position.line > lastLine) return [lastLine, (this.lines[lastLine] ?? '').length];
    if (position.line < 0) return [0, 0];
    const line = position.line;
    const text = this.lines[line] ?? '';
    const length = lineContentEnd(text, 0, text.length);
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
  /** The tree of the last version parsed, and the lines changed since: the next parse starts from it. */
  base: DockerfileAst | undefined;
  dirty: DirtyLines | undefined;
}

export class DocumentStore {
  private readonly entries = new Map<string, Entry>();

  open(uri: string, version: number, text: string): void {
    this.entries.set(uri, {
      buffer: new LineBuffer(text),
      version,
      snapshot: undefined,
      base: undefined,
      dirty: undefined,
    });
  }

  /** Applies content changes in order; returns false for a document that is not open. */
  update(uri: string, version: number, changes: readonly TextChange[]): boolean {
    const entry = this.entries.get(uri);
    if (!entry) return false;
    if (entry.snapshot?.isParsed) {
      entry.base = entry.snapshot.ast; // not the whole version: its text and findings are garbage now
      entry.dirty = undefined;
    }
    for (const change of changes) entry.dirty = addDirty(entry.dirty, entry.buffer.apply(change));
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
    if (!entry.snapshot) {
      const dirty = entry.dirty;
      const base = entry.base && dirty ? { ast: entry.base, dirty } : undefined;
      const lines = new LineIndex(entry.buffer.text, entry.buffer.lineStarts());
      entry.snapshot = new ParsedDocument(entry.buffer.text, uri, entry.version, base, lines);
    }
    return entry.snapshot;
  }

  uris(): string[] {
    return [...this.entries.keys()];
  }
}
