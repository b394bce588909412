// Helpers for parser tests: turn an LSP range back into the text it covers.
import type { Position, Range } from '../../../core/parser/ast';

function lineStarts(text: string): number[] {
  const starts = [0];
  for (let i = 0; i < text.length; i++) {
    const c = text[i];
    if (c === '\r' && text[i + 1] === '\n') i++;
    if (c === '\n' || c === '\r') starts.push(i + 1);
  }
  return starts;
}

export function offsetOf(text: string, position: Position): number {
  const start = lineStarts(text)[position.line];
  if (start === undefined) throw new Error(`line ${position.line} is outside the text`);
  return start + position.character;
}

/** The source text a range covers. */
export function textAt(text: string, range: Range): string {
  return text.slice(offsetOf(text, range.start), offsetOf(text, range.end));
}
