// Rename stages (`AS x`, `FROM x`, `--from=x`) and ARG/ENV variables with their references.
import type { WorkspaceEdit } from 'vscode-languageserver';
import type { Position, Range } from '../../core/parser/ast';
import type { ParsedDocument } from './document';
import { message, type Locale } from './messages';
import { occurrenceAt } from './names';
import { sameName } from './navigation';

const VALID_NAME = {
  stage: /^[A-Za-z][A-Za-z0-9_.-]*$/,
  variable: /^[A-Za-z_][A-Za-z0-9_]*$/,
};

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
  if (!VALID_NAME[occurrence.kind].test(newName)) {
    return {
      error: message(locale, occurrence.kind === 'stage' ? 'invalidStageName' : 'invalidVariableName', {
        name: newName,
      }),
    };
  }
  const edits = sameName(document.ast, occurrence).map((o) => ({ range: o.range, newText: newName }));
  return { edit: { changes: { [document.uri]: edits } } };
}
