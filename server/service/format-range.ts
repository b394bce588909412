// Range and on-type formatting: the document formatter's edits for the instructions a range touches, or the one
// just finished with Enter. Heredoc bodies and quoted text stay as they are, as in the document formatter.
import type { TextEdit } from 'vscode-languageserver';
import type { Position, Range } from '../../core/parser/ast';
import type { ParsedDocument } from './document';
import { continuationIndent, formatInstruction, type FormatOptions } from './format';
import { firstStartingFrom, rangeAt, rangesIntersect } from './positions';

export const ON_TYPE_TRIGGER = '\n';

export function formatRange(document: ParsedDocument, range: Range, options: FormatOptions): TextEdit[] {
  const { instructions } = document.ast;
  const indent = continuationIndent(options);
  const edits: TextEdit[] = [];
  // Instructions are in order: start just before the first one that begins on the range's first line.
  for (let i = Math.max(firstStartingFrom(instructions, range.start.line) - 1, 0); i < instructions.length; i++) {
    const instruction = instructions[i];
    if (!instruction || instruction.range.start.line > range.end.line) break;
    if (rangesIntersect(instruction.range, range)) edits.push(...formatInstruction(document, instruction, indent));
  }
  return edits;
}

/**
 * After Enter: formats the instruction of the line above and leaves the new line alone, except that a new line
 * continuing an instruction (the line above ends with the escape character) gets one indentation unit.
 */
export function formatOnType(document: ParsedDocument, position: Position, options: FormatOptions): TextEdit[] {
  const { lines, ast } = document;
  const above = position.line - 1;
  if (above < 0 || position.line >= lines.lineCount) return [];
  const edits = formatRange(document, rangeAt(above, 0, lines.lineLength(above)), options).filter(
    (edit) => edit.range.start.line !== position.line && edit.range.end.line !== position.line,
  );
  const current = lines.lineText(position.line);
  const lead = /^[ \t]*/.exec(current)?.[0] ?? '';
  const indent = continuationIndent(options);
  const continued = lines.lineText(above).trimEnd().endsWith(ast.escapeChar);
  if (continued && lead !== indent && inInstructionHead(document, above))
    edits.push({ range: rangeAt(position.line, 0, lead.length), newText: indent });
  return edits;
}

/** True when the line belongs to an instruction and is not part of a heredoc body. */
function inInstructionHead(document: ParsedDocument, line: number): boolean {
  const { instructions } = document.ast;
  const instruction = instructions[firstStartingFrom(instructions, line + 1) - 1];
  if (!instruction || instruction.range.end.line < line) return false;
  return !instruction.heredocs.some((h) => h.markerRange.end.line < line);
}
