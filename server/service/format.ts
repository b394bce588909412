// Formatting: upper-case keywords, one space between keyword, flags and arguments, continuation lines indented
// by one unit, no trailing whitespace. It only touches whitespace BuildKit ignores (or that a shell splits on),
// never heredoc bodies or quoted text, so the build means the same afterwards. Idempotent.
import type { TextEdit } from 'vscode-languageserver';
import { instructionSpec } from '../../core/dockerfile/instructions';
import type { Instruction, Position, Range } from '../../core/parser/ast';
import type { ParsedDocument } from './document';
import { rangeAt } from './positions';
import { quotedSpans } from './quotes';
import { eachInSteps, runSteps, type Steps } from './steps';

export interface FormatOptions {
  tabSize: number;
  insertSpaces: boolean;
}

export function formatDocument(
  document: ParsedDocument,
  options: FormatOptions = { tabSize: 4, insertSpaces: true },
): TextEdit[] {
  return runSteps(formatInSteps(document, options));
}

/** `formatDocument` in steps, for a document too large to format in one go. */
export function* formatInSteps(document: ParsedDocument, options: FormatOptions): Steps<TextEdit[]> {
  const indent = continuationIndent(options);
  const edits: TextEdit[] = [];
  yield* eachInSteps(document.ast.instructions, (instruction) =>
    edits.push(...formatInstruction(document, instruction, indent)),
  );
  return edits;
}

/** What a continuation line starts with: one indentation unit. */
export function continuationIndent(options: FormatOptions): string {
  return options.insertSpaces ? ' '.repeat(Math.max(options.tabSize, 1)) : '\t';
}

/** The edits that format one instruction as the document formatter would. */
export function formatInstruction(document: ParsedDocument, instruction: Instruction, indent: string): TextEdit[] {
  const edits: TextEdit[] = [];
  const { lines } = document;
  const keywordLine = instruction.keywordRange.start.line;
  if (
    instruction.keywordRange.start.character > 0 &&
    lines.lineText(keywordLine).slice(0, instruction.keywordRange.start.character).trim() === ''
  ) {
    edits.push({ range: rangeAt(keywordLine, 0, instruction.keywordRange.start.character), newText: '' });
  }
  edits.push(...headEdits(document, instruction));
  if (instruction.trigger) edits.push(...headEdits(document, instruction.trigger));
  edits.push(...lineEdits(document, instruction, indent));
  return edits;
}

/** Keyword case, and single spaces between keyword, flags and arguments written on the same line. */
function headEdits(document: ParsedDocument, instruction: Instruction): TextEdit[] {
  const edits: TextEdit[] = [];
  const written = document.lines.textIn(instruction.keywordRange);
  if (instructionSpec(instruction.keyword) && written !== instruction.keyword) {
    edits.push({ range: instruction.keywordRange, newText: instruction.keyword });
  }
  const parts: Range[] = [instruction.keywordRange, ...instruction.flags.map((f) => f.range)];
  const next = instruction.trigger?.keywordRange ?? instruction.argsRange;
  if (next) parts.push(next);
  for (let i = 1; i < parts.length; i++) {
    const gap = { start: (parts[i - 1] as Range).end, end: (parts[i] as Range).start };
    const edit = singleSpace(document, gap);
    if (edit) edits.push(edit);
  }
  return edits;
}

function singleSpace(document: ParsedDocument, gap: Range): TextEdit | undefined {
  if (gap.start.line !== gap.end.line || gap.end.character <= gap.start.character) return undefined;
  const text = document.lines.textIn(gap);
  return text !== ' ' && /^[ \t]+$/.test(text) ? { range: gap, newText: ' ' } : undefined;
}

/** Tells whether offsets, asked in increasing order, fall strictly inside one of the quoted strings. */
function quoteTester(document: ParsedDocument, instruction: Instruction): (position: Position) => boolean {
  const { lines } = document;
  const quoted = quotedSpans(document, instruction).map(
    (r) => [lines.offsetAt(r.start), lines.offsetAt(r.end)] as const,
  );
  let next = 0;
  return (position) => {
    const offset = lines.offsetAt(position);
    while (next < quoted.length && (quoted[next]?.[1] ?? 0) <= offset) next++;
    const span = quoted[next];
    return span !== undefined && span[0] < offset;
  };
}

/** Continuation indentation and trailing whitespace, line by line, outside heredoc bodies and quotes. */
function lineEdits(document: ParsedDocument, instruction: Instruction, indent: string): TextEdit[] {
  const { lines } = document;
  const edits: TextEdit[] = [];
  const insideQuotes = quoteTester(document, instruction);
  const heredocLines = instruction.heredocs.map(
    (h) => [h.contentRange.start.line, (h.terminatorRange ?? h.contentRange).end.line] as const,
  );
  const { start, end } = instruction.range;
  for (let line = start.line; line <= end.line; line++) {
    if (heredocLines.some(([first, last]) => first <= line && line <= last)) continue;
    const text = lines.lineText(line);
    const lead = /^[ \t]*/.exec(text)?.[0] ?? '';
    const startQuoted = insideQuotes({ line, character: 0 });
    const endQuoted = insideQuotes({ line, character: text.length });
    const trimmed = text.replace(/[ \t]+$/, '');
    if (lead.length === text.length) {
      if (text !== '' && !startQuoted && !endQuoted) edits.push({ range: rangeAt(line, 0, text.length), newText: '' });
      continue;
    }
    if (line > start.line && lead !== '' && lead !== indent && !startQuoted) {
      edits.push({ range: rangeAt(line, 0, lead.length), newText: indent });
    }
    if (trimmed.length < text.length && !endQuoted) {
      edits.push({ range: rangeAt(line, trimmed.length, text.length), newText: '' });
    }
  }
  return edits;
}
