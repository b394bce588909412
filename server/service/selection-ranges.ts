// Selection ranges (expand selection): word → variable, flag value or argument → flag → instruction → stage →
// document; comments and heredoc bodies grow to their own range first.
import type { SelectionRange } from 'vscode-languageserver';
import type { Instruction, Position, Range } from '../../core/parser/ast';
import type { ParsedDocument } from './document';
import { comparePositions, findContaining, rangeContains, stageBefore } from './positions';

export function getSelectionRanges(document: ParsedDocument, positions: readonly Position[]): SelectionRange[] {
  return positions.map((position) => selectionAt(document, position));
}

function selectionAt(document: ParsedDocument, position: Position): SelectionRange {
  const { ast, lines } = document;
  const last = Math.max(lines.lineCount - 1, 0);
  const ranges: Range[] = [
    { start: { line: 0, character: 0 }, end: { line: last, character: lines.lineLength(last) } },
  ];
  const stage = stageBefore(ast, position);
  if (stage && rangeContains(stage.range, position)) ranges.push(stage.range);
  const comment = findContaining(ast.comments, position);
  if (comment) ranges.push(comment.range);
  const instruction = findContaining(ast.instructions, position);
  if (instruction && !comment) {
    ranges.push(instruction.range);
    if (instruction.trigger && rangeContains(instruction.trigger.range, position)) {
      ranges.push(instruction.trigger.range, ...partsAt(instruction.trigger, position));
    } else {
      ranges.push(...partsAt(instruction, position));
    }
  }
  const word = wordAt(document, position);
  if (word) ranges.push(word);
  return nest(ranges);
}

/** Inside an instruction, outermost first: a heredoc body, a flag and its value, an argument, a variable. */
function partsAt(instruction: Instruction, position: Position): Range[] {
  const parts: Range[] = [];
  const heredoc = instruction.heredocs.find((h) => rangeContains(h.contentRange, position));
  if (heredoc && position.line > heredoc.markerRange.end.line) return [heredoc.contentRange];
  const flag = instruction.flags.find((f) => rangeContains(f.range, position));
  if (flag) {
    parts.push(flag.range);
    if (flag.valueRange && rangeContains(flag.valueRange, position)) parts.push(flag.valueRange);
  }
  const word = instruction.args.find((w) => rangeContains(w.range, position));
  if (word) parts.push(word.range);
  if (rangeContains(instruction.keywordRange, position)) parts.push(instruction.keywordRange);
  const variable = instruction.variables.find((v) => rangeContains(v.range, position));
  if (variable) parts.push(variable.range, variable.nameRange);
  return parts;
}

/** The run of letters, digits, `_`, `-` and `.` around the position, on its line. */
function wordAt(document: ParsedDocument, position: Position): Range | undefined {
  const text = document.lines.lineText(position.line);
  const isWordChar = (i: number): boolean => /[\w.-]/.test(text.charAt(i));
  let start = position.character;
  let end = position.character;
  while (start > 0 && isWordChar(start - 1)) start--;
  while (end < text.length && isWordChar(end)) end++;
  if (start === end) return undefined;
  return { start: { line: position.line, character: start }, end: { line: position.line, character: end } };
}

/** Chains ranges, outermost first, into LSP's innermost-first list, dropping any that does not fit in its parent. */
function nest(ranges: readonly Range[]): SelectionRange {
  let current: SelectionRange | undefined;
  for (const range of ranges) {
    if (current && (!contains(current.range, range) || sameRange(current.range, range))) continue;
    current = { range, parent: current };
  }
  return current as SelectionRange;
}

function contains(outer: Range, inner: Range): boolean {
  return comparePositions(outer.start, inner.start) <= 0 && comparePositions(inner.end, outer.end) <= 0;
}

function sameRange(a: Range, b: Range): boolean {
  return comparePositions(a.start, b.start) === 0 && comparePositions(a.end, b.end) === 0;
}
