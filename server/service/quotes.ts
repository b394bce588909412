// Finds quoted strings in an instruction's arguments, skipping heredoc bodies and comment lines.
import type { Comment, Instruction, Range } from '../../core/parser/ast';
import type { ParsedDocument } from './document';
import { firstStartingFrom } from './positions';

/** Offset spans [start, end) that belong to the instruction but not to its argument text. */
function skippedSpans(document: ParsedDocument, instruction: Instruction): [number, number][] {
  const { lines, ast } = document;
  const spans: [number, number][] = [];
  for (const heredoc of instruction.heredocs) {
    const end = heredoc.terminatorRange?.end ?? heredoc.contentRange.end;
    spans.push([lines.offsetAt(heredoc.contentRange.start), lines.offsetAt(end)]);
  }
  const { start, end } = instruction.range;
  if (end.line > start.line) {
    for (let i = firstStartingFrom(ast.comments, start.line + 1); i < ast.comments.length; i++) {
      const comment = ast.comments[i] as Comment;
      if (comment.range.start.line > end.line) break;
      spans.push([lines.offsetAt(comment.range.start), lines.offsetAt(comment.range.end)]);
    }
  }
  return spans.sort((a, b) => a[0] - b[0]);
}

/** Quoted strings (`"…"` with escapes, `'…'` without) in the arguments, as ranges including the quotes. */
export function quotedSpans(document: ParsedDocument, instruction: Instruction): Range[] {
  if (!instruction.argsRange || !/["']/.test(instruction.argsText)) return [];
  const { lines, text } = document;
  const escape = document.ast.escapeChar;
  const skipped = skippedSpans(document, instruction);
  const end = lines.offsetAt(instruction.argsRange.end);
  const spans: Range[] = [];
  let skip = 0;
  const nextReadable = (offset: number): number => {
    while (skip < skipped.length && (skipped[skip]?.[1] ?? 0) <= offset) skip++;
    const span = skipped[skip];
    return span && span[0] <= offset ? span[1] : offset;
  };
  let i = nextReadable(lines.offsetAt(instruction.argsRange.start));
  while (i < end) {
    const c = text[i];
    if (c === escape) {
      i = nextReadable(i + 2);
      continue;
    }
    if (c === '"' || c === "'") {
      // An unclosed quote runs to the end of the arguments, as the builder reads it.
      const close = closingQuote(text, i, end, c, escape);
      spans.push({ start: lines.positionAt(i), end: lines.positionAt(close < 0 ? end : close + 1) });
      if (close < 0) break;
      i = close;
    }
    i = nextReadable(i + 1);
  }
  return spans;
}

function closingQuote(text: string, open: number, end: number, quote: string, escape: string): number {
  for (let j = open + 1; j < end; j++) {
    const c = text[j];
    if (c === quote) return j;
    if (c === escape && quote === '"') j++;
  }
  return -1;
}
