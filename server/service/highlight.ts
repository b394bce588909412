// Document highlight: every occurrence of the stage or variable under the cursor, or a heredoc's marker and its
// terminator.
import { DocumentHighlightKind, type DocumentHighlight } from 'vscode-languageserver';
import type { Position } from '../../core/parser/ast';
import type { ParsedDocument } from './document';
import { occurrenceAt } from './names';
import { sameName } from './navigation';
import { instructionAt, rangeContains } from './positions';

export function getDocumentHighlights(document: ParsedDocument, position: Position): DocumentHighlight[] {
  const { ast } = document;
  const heredoc = instructionAt(ast, position)?.heredocs.find(
    (h) => rangeContains(h.markerRange, position) || (h.terminatorRange && rangeContains(h.terminatorRange, position)),
  );
  if (heredoc) {
    const ranges = heredoc.terminatorRange ? [heredoc.markerRange, heredoc.terminatorRange] : [heredoc.markerRange];
    return ranges.map((range) => ({ range, kind: DocumentHighlightKind.Text }));
  }
  const target = occurrenceAt(ast, position);
  if (!target) return [];
  return sameName(ast, target).map((o) => ({
    range: o.range,
    kind: o.declaration ? DocumentHighlightKind.Write : DocumentHighlightKind.Read,
  }));
}
