// Signature help: the instruction's flags and arguments from the instruction table, with the one under the cursor
// active.
import { MarkupKind, type ParameterInformation, type SignatureHelp } from 'vscode-languageserver';
import { flagDoc, instructionDoc } from '../../core/dockerfile/instruction-docs';
import { instructionSpec, type FlagSpec, type InstructionSpec } from '../../core/dockerfile/instructions';
import type { Instruction, Position } from '../../core/parser/ast';
import type { ParsedDocument } from './document';
import type { Locale } from './messages';
import { comparePositions, instructionAt, rangeContains } from './positions';

export const SIGNATURE_TRIGGER_CHARACTERS = [' ', '='];

export function getSignatureHelp(
  document: ParsedDocument,
  position: Position,
  locale: Locale = 'en',
): SignatureHelp | undefined {
  const instruction = instructionAt(document.ast, position);
  if (!instruction || comparePositions(position, instruction.keywordRange.end) <= 0) return undefined;
  if (instruction.heredocs.some((h) => position.line > h.markerRange.end.line)) return undefined; // in a body
  const spec = instructionSpec(instruction.keyword);
  if (!spec) return undefined;
  const { label, parameters } = signatureOf(spec, locale);
  const doc = instructionDoc(locale, spec.keyword);
  return {
    signatures: [{ label, parameters, documentation: doc && { kind: MarkupKind.Markdown, value: doc } }],
    activeSignature: 0,
    activeParameter: activeParameter(document, instruction, spec, position),
  };
}

/** `COPY [--from=<stage>] … <src>… <dest>`, and each flag's and argument's span in it. */
function signatureOf(spec: InstructionSpec, locale: Locale): { label: string; parameters: ParameterInformation[] } {
  let label = spec.keyword;
  const parameters: ParameterInformation[] = [];
  const append = (part: string, documentation?: string): void => {
    const start = label.length + 1;
    label += ` ${part}`;
    parameters.push({ label: [start, label.length], documentation });
  };
  for (const flag of spec.flags) append(flagLabel(flag), flagDoc(locale, spec.keyword, flag.name));
  for (const parameter of spec.parameters) append(parameter);
  return { label, parameters };
}

function flagLabel(flag: FlagSpec): string {
  const value = flag.kind === 'value' ? `=${placeholder(flag.valueSnippet ?? '')}` : '';
  return `[--${flag.name}${value}]${flag.repeatable ? '…' : ''}`;
}

/** A completion snippet as text to read: `${1:user}` → `<user>`, `${1|a,b|}` → `<a|b>`. */
function placeholder(snippet: string): string {
  return snippet
    .replace(/\$\{\d+\|([^|}]*)\|\}/g, (_, choices: string) => `<${choices.replaceAll(',', '|')}>`)
    .replace(/\$\{\d+:([^}]*)\}/g, '<$1>');
}

function activeParameter(
  document: ParsedDocument,
  instruction: Instruction,
  spec: InstructionSpec,
  position: Position,
): number | undefined {
  const flag = flagUnderCursor(document, instruction, position);
  if (flag !== undefined) {
    const exact = spec.flags.findIndex((f) => f.name === flag);
    const index = exact >= 0 ? exact : spec.flags.findIndex((f) => f.name.startsWith(flag));
    return index < 0 ? undefined : index;
  }
  const wordIndex = instruction.args.filter((word) => comparePositions(word.range.end, position) < 0).length;
  const wordCount = Math.max(instruction.args.length, wordIndex + 1);
  return spec.flags.length + parameterOfWord(spec.parameters, wordIndex, wordCount);
}

/** The name of the flag being written at the cursor (`--fr|`, `--from=x|`), if the cursor is on one. */
function flagUnderCursor(document: ParsedDocument, instruction: Instruction, position: Position): string | undefined {
  const written = instruction.flags.find((f) => rangeContains(f.range, position));
  if (written) return written.name;
  if (instruction.argsRange && comparePositions(position, instruction.argsRange.start) > 0) return undefined;
  const before = document.lines.lineText(position.line).slice(0, position.character);
  return /(?:^|\s)--([\w-]*)[^\s]*$/.exec(before)?.[1];
}

/**
 * Which parameter the word at `index` of `count` fills: parameters take as many words as their label has, and the
 * one ending in `…` takes the words the others leave (`COPY a b c d`: `<src>…` a–c, `<dest>` d).
 */
export function parameterOfWord(parameters: readonly string[], index: number, count: number): number {
  const slots = parameters.flatMap((label, i) => label.split(' ').map(() => i));
  const rest = parameters.findIndex((label) => label.endsWith('…'));
  if (rest < 0) return slots[Math.min(index, slots.length - 1)] ?? 0;
  const restSlot = slots.indexOf(rest);
  const after = slots.length - restSlot - 1;
  if (index < restSlot) return slots[index] ?? 0;
  if (index >= Math.max(count - after, restSlot + 1)) return slots[slots.length - (count - index)] ?? rest;
  return rest;
}
