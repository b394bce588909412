// Converts between LSP positions (0-based line, UTF-16 character) and string offsets in O(log lines).
import type { Position, Range } from '../../core/parser/ast';
import { lineContentEnd, lineStarts } from '../../core/parser/text';

export class LineIndex {
  private readonly starts: number[];

  /** `starts` may be given when already known (the document store has them from its lines). */
  constructor(
    private readonly text: string,
    starts?: number[],
  ) {
    this.starts = starts ?? lineStarts(text);
  }

  get lineCount(): number {
    return this.starts.length;
  }

  /** Offset of a position, clamped to its line (a character past the end lands before the line break). */
  offsetAt(position: Position): number {
    if (position.line < 0) return 0;
    if (position.line >= this.starts.length) return this.text.length;
    const start = this.starts[position.line] ?? 0;
    return start + Math.min(Math.max(position.character, 0), this.lineLength(position.line));
  }

  positionAt(offset: number): Position {
    const clamped = Math.min(Math.max(offset, 0), this.text.length);
    let low = 0;
    let high = this.starts.length - 1;
    while (low < high) {
      const mid = (low + high + 1) >> 1;
      if ((this.starts[mid] ?? 0) <= clamped) low = mid;
      else high = mid - 1;
    }
    const character = Math.min(clamped - (this.starts[low] ?? 0), this.lineLength(low));
    return { line: low, character };
  }

  /** The line's text without its line break. */
  lineText(line: number): string {
    const start = this.starts[line];
    if (start === undefined) return '';
    return this.text.slice(start, start + this.lineLength(line));
  }

  /** The line's length without its line break. */
  lineLength(line: number): number {
    const start = this.starts[line];
    if (start === undefined) return 0;
    return lineContentEnd(this.text, start, this.starts[line + 1] ?? this.text.length) - start;
  }

  textIn(range: Range): string {
    return this.text.slice(this.offsetAt(range.start), this.offsetAt(range.end));
  }
}
