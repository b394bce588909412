// Workspace symbols: the stages of every Dockerfile given, named by `AS name` (or their image when unnamed), with
// the image each starts from.
import { SymbolKind, type SymbolInformation } from 'vscode-languageserver';
import type { ParsedDocument } from './document';

/** At most this many answers: a monorepo query for "a" should not ship every stage of every file. */
export const MAX_WORKSPACE_SYMBOLS = 1000;

export function getWorkspaceSymbols(documents: Iterable<ParsedDocument>, query: string): SymbolInformation[] {
  const symbols: SymbolInformation[] = [];
  for (const document of documents) {
    for (const stage of document.ast.stages) {
      const image = stage.image?.value ?? '';
      const name = stage.name?.value ?? image;
      if (name === '' || !(matches(name, query) || matches(image, query))) continue;
      symbols.push({
        name,
        kind: stage.name ? SymbolKind.Module : SymbolKind.Package,
        location: { uri: document.uri, range: stage.name?.range ?? stage.from.range },
        containerName: stage.name ? image : undefined,
      });
      if (symbols.length >= MAX_WORKSPACE_SYMBOLS) return symbols;
    }
  }
  return symbols;
}

/** The query's characters appear in order in the text, ignoring case (`bld` finds `build`), as editors filter. */
function matches(text: string, query: string): boolean {
  const lower = text.toLowerCase();
  let at = 0;
  for (const char of query.toLowerCase()) {
    at = lower.indexOf(char, at) + 1;
    if (at === 0) return false;
  }
  return true;
}
