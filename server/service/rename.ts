// Rename stages (`AS x`, `FROM x`, `--from=x`) and ARG/ENV variables with their references.
import type { WorkspaceEdit } from 'vscode-languageserver';
import { isVariableName } from '../../core/dockerfile/args';
import { isValidStageName } from '../../core/dockerfile/stages';
import type { Position, Range } from '../../core/parser/ast';
import type { ParsedDocument } from './document';
import { message, type Locale } from './messages';
import { occurrenceAt } from './names';
import { sameName } from './navigation';

const isValidName = { stage: isValidStageName, variable: isVariableName };

export function prepareRename(
  document: ParsedDocument,
  position: Position,
): { range: Range; placeholder: string } | undefined {
  const occurrence = occurrenceAt(document.ast, position);
  return occurrence && { range: occurrence.range, placeholder: document.lines.textIn(occurrence.range) };
}

export type RenameResult = { edit: WorkspaceEdit } | { error: string };

export function renameSymbol(
  document: ParsedDocument,
  position: Position,
  newName: string,
  locale: Locale = 'en',
): RenameResult | undefined {
  const occurrence = occurrenceAt(document.ast, position);
  if (!occurrence) return undefined;
  if (!isValidName[occurrence.kind](newName)) {
    return {
      error: message(locale, occurrence.kind === 'stage' ? 'invalidStageName' : 'invalidVariableName', {
        name: newName,
      }),
    };
  }
  const edits = sameName(document.ast, occurrence).map((o) => ({ range: o.range, newText: newName }));
  return { edit: { changes: { [document.uri]: edits } } };
}
