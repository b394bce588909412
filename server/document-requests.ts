// The requests about one open document, each answered by the language service over that document's parse, through
// `answer` (which handles cancellation and documents changed behind the request).
import { ResponseError, type CancellationToken, type Connection, type SemanticTokens } from 'vscode-languageserver';
import * as service from './service/index';

export type Answer = <T>(
  uri: string,
  token: CancellationToken,
  fallback: T,
  compute: (document: service.ParsedDocument) => T,
) => Promise<T | ResponseError>;

export type AnswerInSteps = <T>(
  uri: string,
  token: CancellationToken,
  fallback: T,
  compute: (document: service.ParsedDocument) => service.Steps<T>,
) => Promise<T | ResponseError>;

/** What the handlers read of the server's state, current at each request. */
export interface DocumentRequestContext {
  answer: Answer;
  /** For work on the whole document that a huge one makes long: done in steps, with waits between past the limit. */
  answerInSteps: AnswerInSteps;
  locale: () => service.Locale;
  localImages: () => readonly string[];
  inlayHints: () => boolean;
  buildArgs: (uri: string) => Record<string, string> | undefined;
  sentTokens: service.SemanticTokensHistory;
  validateOptions: (uri: string, document: service.ParsedDocument) => service.DiagnosticOptions;
  /** Past `validation.maxFileSize`: whole-file semantic tokens are left to the grammar (ranges are still served). */
  isReduced: (document: service.ParsedDocument) => boolean;
}

export function serveDocumentRequests(connection: Connection, context: DocumentRequestContext): void {
  connection.onHover(({ textDocument, position }, token) =>
    context.answer(
      textDocument.uri,
      token,
      null,
      (document) => service.getHover(document, position, context.locale()) ?? null,
    ),
  );
  connection.onCompletion(({ textDocument, position }, token) =>
    context.answer(textDocument.uri, token, [], (document) => [
      ...service.getCompletions(document, position, context.locale()),
      ...service.getLocalImageCompletions(document, position, context.localImages(), context.locale()),
    ]),
  );
  connection.onDocumentSymbol(({ textDocument }, token) =>
    context.answer(textDocument.uri, token, [], service.getDocumentSymbols),
  );
  connection.onFoldingRanges(({ textDocument }, token) =>
    context.answerInSteps(textDocument.uri, token, [], service.foldingRangesInSteps),
  );
  /** The whole file's tokens through `send`; none past the size limit, where the grammar colours the file. */
  const wholeFileTokens = <T>(document: service.ParsedDocument, send: (tokens: SemanticTokens) => T) =>
    context.isReduced(document) ? { data: [] } : send(service.getSemanticTokens(document));
  connection.languages.semanticTokens.on(({ textDocument }, token) =>
    context.answer(textDocument.uri, token, { data: [] }, (document) =>
      wholeFileTokens(document, (tokens) => context.sentTokens.full(textDocument.uri, tokens)),
    ),
  );
  connection.languages.semanticTokens.onDelta(({ textDocument, previousResultId }, token) =>
    context.answer(textDocument.uri, token, { data: [] }, (document) =>
      wholeFileTokens(document, (tokens) => context.sentTokens.delta(textDocument.uri, previousResultId, tokens)),
    ),
  );
  connection.languages.semanticTokens.onRange(({ textDocument, range }, token) =>
    context.answer(textDocument.uri, token, { data: [] }, (document) =>
      service.getSemanticTokensRange(document, range),
    ),
  );
  connection.onDocumentFormatting(({ textDocument, options }, token) =>
    context.answerInSteps(textDocument.uri, token, [], (document) => service.formatInSteps(document, options)),
  );
  connection.onPrepareRename(({ textDocument, position }, token) =>
    context.answer(textDocument.uri, token, null, (document) => service.prepareRename(document, position) ?? null),
  );
  connection.onRenameRequest(({ textDocument, position, newName }, token) =>
    context.answerInSteps(textDocument.uri, token, null, function* (document) {
      yield* service.allOccurrencesInSteps(document.ast);
      const result = service.renameSymbol(document, position, newName, context.locale());
      if (result && 'error' in result) return new ResponseError(-32602, result.error);
      return result?.edit ?? null;
    }),
  );
  connection.onDefinition(({ textDocument, position }, token) =>
    context.answer(textDocument.uri, token, [], (document) => service.getDefinition(document, position)),
  );
  connection.onReferences(({ textDocument, position, context: asked }, token) =>
    context.answerInSteps(textDocument.uri, token, [], function* (document) {
      yield* service.allOccurrencesInSteps(document.ast);
      return service.getReferences(document, position, asked.includeDeclaration);
    }),
  );
  connection.onCodeAction(({ textDocument, range }, token) =>
    context.answerInSteps(textDocument.uri, token, [], function* (document) {
      const options = context.validateOptions(textDocument.uri, document);
      yield* document.findingsInSteps(options);
      return service.getCodeActions(document, range, options);
    }),
  );
  connection.onSignatureHelp(({ textDocument, position }, token) =>
    context.answer(
      textDocument.uri,
      token,
      null,
      (document) => service.getSignatureHelp(document, position, context.locale()) ?? null,
    ),
  );
  connection.onDocumentHighlight(({ textDocument, position }, token) =>
    context.answerInSteps(textDocument.uri, token, [], function* (document) {
      yield* service.allOccurrencesInSteps(document.ast);
      return service.getDocumentHighlights(document, position);
    }),
  );
  connection.onDocumentLinks(({ textDocument }, token) =>
    context.answerInSteps(textDocument.uri, token, [], service.documentLinksInSteps),
  );
  connection.onSelectionRanges(({ textDocument, positions }, token) =>
    context.answer(textDocument.uri, token, [], (document) => service.getSelectionRanges(document, positions)),
  );
  connection.onDocumentRangeFormatting(({ textDocument, range, options }, token) =>
    context.answer(textDocument.uri, token, [], (document) => service.formatRange(document, range, options)),
  );
  connection.onDocumentOnTypeFormatting(({ textDocument, position, options }, token) =>
    context.answer(textDocument.uri, token, [], (document) => service.formatOnType(document, position, options)),
  );
  connection.languages.inlayHint.on(({ textDocument, range }, token) =>
    !context.inlayHints()
      ? []
      : context.answer(textDocument.uri, token, [], (document) =>
          service.getInlayHints(document, range, context.buildArgs(textDocument.uri), context.locale()),
        ),
  );
}
