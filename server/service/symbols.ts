// Outline: one symbol per stage holding its instructions; instructions before the first FROM stand alone.
import { SymbolKind, type DocumentSymbol } from 'vscode-languageserver';
import type { Instruction, Stage } from '../../core/parser/ast';
import { preambleOf } from '../../core/dockerfile/stages';
import type { ParsedDocument } from './document';

const KINDS: Record<string, SymbolKind> = {
  ARG: SymbolKind.Variable,
  ENV: SymbolKind.Variable,
  LABEL: SymbolKind.Property,
  EXPOSE: SymbolKind.Property,
  USER: SymbolKind.Property,
  WORKDIR: SymbolKind.Property,
  VOLUME: SymbolKind.Property,
  STOPSIGNAL: SymbolKind.Property,
  SHELL: SymbolKind.Property,
  ONBUILD: SymbolKind.Event,
};

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
    kind: KINDS[instruction.keyword] ?? SymbolKind.Function,
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
