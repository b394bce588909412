// A snippet's text built from pieces of an instruction (its joined line, here-document lines, a delimiter), with a
// map from every snippet offset back to an offset of the text its parse read, and from there to where it is now.
import type { Range } from '../parser/ast';
import { moved } from '../parser/lazy-nodes';
import type { SourceText } from '../parser/text';

/** What the snippet's text came from: lines of the parsed text plus `shift` are the document's lines now. */
export interface Anchor {
  readonly shift: number;
}

interface Segment {
  /** Offset of the segment in the snippet text. */
  at: number;
  /** The parsed text's offset of the segment's character `i`: `source(i)`, or `start + i` for text copied as it is. */
  source: ((i: number) => number) | undefined;
  start: number;
}

export class SnippetText {
  text = '';
  private readonly segments: Segment[] = [];

  constructor(
    private readonly sourceText: SourceText,
    private readonly anchor: Anchor,
  ) {}

  /** Appends text whose character i sits at `source(i)` in the parsed text. */
  append(text: string, source: (i: number) => number): void {
    this.segments.push({ at: this.text.length, source, start: 0 });
    this.text += text;
  }

  /** Appends text that is written as it is at offset `start`. */
  appendAt(text: string, start: number): void {
    this.segments.push({ at: this.text.length, source: undefined, start });
    this.text += text;
  }

  /** Appends the parsed text [start, end) as it is. */
  appendSource(start: number, end: number): void {
    this.appendAt(this.sourceText.text.slice(start, end), start);
  }

  /** Appends text the builder adds (a line break): it maps where the previous segment ends. */
  appendAdded(text: string): void {
    this.text += text;
  }

  /** The parsed text's offset of snippet offset `j` (which may be the end of the text). */
  toSource(j: number): number {
    const segments = this.segments;
    let lo = 0;
    let hi = segments.length - 1;
    while (lo < hi) {
      const mid = (lo + hi + 1) >> 1;
      if ((segments[mid] as Segment).at <= j) lo = mid;
      else hi = mid - 1;
    }
    const segment = segments[lo];
    if (!segment) return 0;
    return segment.source ? segment.source(j - segment.at) : segment.start + j - segment.at;
  }

  /** The Dockerfile range of snippet text [start, end) now: the end stays on the line of its last character. */
  range(start: number, end: number): Range {
    const from = this.toSource(start);
    const to = end > start ? this.toSource(end - 1) + 1 : from;
    return moved(this.sourceText.range(from, Math.max(from, to)), this.anchor.shift);
  }

  /** The snippet text [start, end) as a snippet of its own, mapped through this one. */
  slice(start: number, end: number): SnippetText {
    const part = new SnippetText(this.sourceText, this.anchor);
    part.append(this.text.slice(start, end), (i) => this.toSource(start + i));
    return part;
  }
}
