// The language service: plain functions over a ParsedDocument, usable with or without LSP.
export { ParsedDocument } from './document';
export { LineIndex } from './line-index';
export {
  getDiagnostics,
  getDiagnosticsInSlices,
  toDiagnostic,
  DIAGNOSTIC_SOURCE,
  type DiagnosticOptions,
} from './diagnostics';
export { getCodeActions } from './code-actions';
export { getHover } from './hover';
export { getCompletions } from './completion';
export { getDocumentSymbols } from './symbols';
export { foldingRangesInSteps, getFoldingRanges } from './folding';
export { getSemanticTokens, SEMANTIC_TOKENS_LEGEND } from './semantic-tokens';
export { formatDocument, formatInSteps, type FormatOptions } from './format';
export { runInSlices, runSteps, type Slicing, type Steps } from './steps';
export { allOccurrencesInSteps } from './names';
export { prepareRename, renameSymbol, type RenameResult } from './rename';
export { getDefinition, getReferences } from './navigation';
export { toLocale, type Locale } from './messages';

import { ParsedDocument } from './document';

/** A document from its text alone, for callers without an editor (tests, tools). */
export function parseDocument(text: string, uri?: string, version?: number): ParsedDocument {
  return new ParsedDocument(text, uri, version);
}
export {
  configFileNote,
  mergedSeverities,
  normalizeBuildArgs,
  normalizeImages,
  normalizePlatform,
  normalizeSettings,
  type ServerSettings,
} from './settings';
export { getSignatureHelp, SIGNATURE_TRIGGER_CHARACTERS } from './signature-help';
export { getDocumentHighlights } from './highlight';
export { documentLinksInSteps, getDocumentLinks } from './links';
export { getSelectionRanges } from './selection-ranges';
export { formatRange, formatOnType, ON_TYPE_TRIGGER } from './format-range';
export { getSemanticTokensRange } from './semantic-tokens';
export { SemanticTokensHistory } from './semantic-tokens-delta';
export { getInlayHints } from './inlay-hints';
export { getWorkspaceSymbols, MAX_WORKSPACE_SYMBOLS } from './workspace-symbols';
export { getLocalImageCompletions, normalizeImageNames } from './image-completion';
