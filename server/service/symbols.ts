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

/** An outline longer than this is no use to anyone, and a hostile file must not make one of a million entries. */
export const MAX_DOCUMENT_SYMBOLS = 20_000;

/** Counts the symbols made so far, and gives the instructions there is still room for. */
class SymbolBudget {
  private left = MAX_DOCUMENT_SYMBOLS;

  take<T>(items: readonly T[]): readonly T[] {
    const taken = items.length <= this.left ? items : items.slice(0, this.left);
    this.left -= taken.length;
    return taken;
  }

  takeOne(): boolean {
    if (this.left === 0) return false;
    this.left--;
    return true;
  }
}

function stageSymbol(stage: Stage, budget: SymbolBudget): DocumentSymbol {
  return {
    name: stage.name?.value ?? stage.image?.value ?? `stage ${stage.index}`,
    detail: summary(`FROM ${stage.from.argsText}`),
    kind: SymbolKind.Module,
    range: stage.range,
    selectionRange: stage.name?.range ?? stage.from.keywordRange,
    children: budget.take(stage.instructions.slice(1)).map(instructionSymbol),
  };
}

/** The outline, in file order, cut off after MAX_DOCUMENT_SYMBOLS symbols. */
export function getDocumentSymbols(document: ParsedDocument): DocumentSymbol[] {
  const { ast } = document;
  const budget = new SymbolBudget();
  const symbols = budget.take(preambleOf(ast)).map(instructionSymbol);
  for (const stage of ast.stages) {
    if (!budget.takeOne()) break;
    symbols.push(stageSymbol(stage, budget));
  }
  return symbols;
}
