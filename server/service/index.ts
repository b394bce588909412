// The language service: plain functions over a ParsedDocument, usable with or without LSP.
export { ParsedDocument } from './document';
export { LineIndex } from './line-index';
export { getDiagnostics, toDiagnostic, DIAGNOSTIC_SOURCE, type DiagnosticOptions } from './diagnostics';
export { getCodeActions } from './code-actions';
export { getHover } from './hover';
export { getCompletions } from './completion';
export { getDocumentSymbols } from './symbols';
export { getFoldingRanges } from './folding';
export { getSemanticTokens, SEMANTIC_TOKENS_LEGEND } from './semantic-tokens';
export { formatDocument, type FormatOptions } from './format';
export { prepareRename, renameSymbol, type RenameResult } from './rename';
export { getDefinition, getReferences } from './navigation';
export { toLocale, type Locale } from './messages';

import { ParsedDocument } from './document';

/** A document from its text alone, for callers without an editor (tests, tools). */
export function parseDocument(text: string, uri?: string, version?: number): ParsedDocument {
  return new ParsedDocument(text, uri, version);
}
export {
  mergedSeverities,
  normalizeBuildArgs,
  normalizeImages,
  normalizePlatform,
  normalizeSettings,
  type ServerSettings,
} from './settings';
