// Outline: one symbol per stage holding its instructions; instructions before the first FROM stand alone.
import { SymbolKind, type DocumentSymbol } from 'vscode-languageserver';
import type { Instruction, Stage } from '../../core/parser/ast';
import { preambleOf } from '../../core/dockerfile/stages';
import type { ParsedDocument } from './document';

/**
 * Outline kinds: a stage is a Module (later stages and COPY --from use it); ARG and ENV are Variables; the build steps
 * that run or copy something (and ONBUILD, a step of a later build) are Events; the rest set up the image (its
 * command, user, ports, labels…) and are Properties.
 */
const VARIABLES = new Set(['ARG', 'ENV']);
const STEPS = new Set(['RUN', 'COPY', 'ADD', 'ONBUILD']);

function instructionKind(keyword: string): SymbolKind {
  if (VARIABLES.has(keyword)) return SymbolKind.Variable;
  return STEPS.has(keyword) ? SymbolKind.Event : SymbolKind.Property;
}

const DETAIL_LENGTH = 60;

function summary(text: string): string {
  const firstLine = text.trim().split(/\r\n|\r|\n/, 1)[0] ?? '';
  return firstLine.length > DETAIL_LENGTH ? `${firstLine.slice(0, DETAIL_LENGTH - 1)}…` : firstLine;
}

function instructionSymbol(instruction: Instruction): DocumentSymbol {
  const flags = instruction.flags.map((f) => f.raw).join(' ');
  return {
    name: instruction.keyword || '?',
    detail: summary(flags ? `${flags} ${instruction.argsText}` : instruction.argsText),
    kind: instructionKind(instruction.keyword),
    range: instruction.range,
    selectionRange: instruction.keywordRange,
  };
}

function stageSymbol(stage: Stage): DocumentSymbol {
  return {
    name: stage.name?.value ?? stage.image?.value ?? `stage ${stage.index}`,
    detail: summary(`FROM ${stage.from.argsText}`),
    kind: SymbolKind.Module,
    range: stage.range,
    selectionRange: stage.name?.range ?? stage.from.keywordRange,
    children: stage.instructions.slice(1).map(instructionSymbol),
  };
}

export function getDocumentSymbols(document: ParsedDocument): DocumentSymbol[] {
  const { ast } = document;
  return [...preambleOf(ast).map(instructionSymbol), ...ast.stages.map(stageSymbol)];
}
