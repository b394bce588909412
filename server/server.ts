// LSP wiring only: every answer comes from the language service over the shared per-version parse. The entry points
// create the connection (main-node.ts: IPC, stdio or socket; main-browser.ts: a web worker's messages) and the host.
import {
  DidChangeConfigurationNotification,
  DidChangeWatchedFilesNotification,
  LSPErrorCodes,
  ResponseError,
  TextDocumentSyncKind,
  type CancellationToken,
  type Connection,
  type InitializeResult,
} from 'vscode-languageserver';
import { DocumentStore } from './documents';
import type { ServerHost } from './host';
import * as service from './service/index';
import type { Platform } from '../core/dockerfile/global-args';
import type { ImageFacts, ValidateOptions } from '../core/rules/index';
import type { ShellParser } from '../core/shell/index';
import { ValidationQueue, type ValidationRun } from './validation-queue';
import { ShellWarmUp } from './shell-warm-up';
import { VALIDATION_SCOPE, type ValidationScope } from './protocol';

/** A reduced document waits this long after each change before it is validated (see `pauseBeforeValidation`). */
const LARGE_DOCUMENT_PAUSE_MS = 150;

/** Serves the language over `connection` until the client shuts it down. */
export function startServer(connection: Connection, host: ServerHost): void {
  const documents = new DocumentStore();
  let locale: service.Locale = 'en';
  let settings: service.ServerSettings = service.normalizeSettings(undefined);
  let pullConfiguration = false;
  let registerForChanges = false;
  let watchIgnoreFiles = false;
  let initializationOptions: unknown;
  /** Build arguments per document, and what the engine knows of base images: both sent by the extension. */
  const buildArgs = new Map<string, Record<string, string>>();
  let images: ReadonlyMap<string, ImageFacts> | undefined;
  let platform: Platform | undefined;

  const shellcheck = host.createShellCheck?.(schedulePublish);
  const warmUp = new ShellWarmUp();
  let shellParser: ShellParser | undefined;
  let shellParserLoading = false;
  const validations = new ValidationQueue({
    validation: validateDocument,
    defer: (callback) => host.defer(callback),
    pauseFor: pauseBeforeValidation,
    onError: logError,
  });
  /** The documents validated with the reduced checks, as last told to the client. */
  const reducedDocuments = new Set<string>();

  /** Loads the shell parser once, on the first full validation; re-validates everything when it is ready. */
  function loadShellParserOnce(): void {
    if (shellParserLoading) return;
    shellParserLoading = true;
    host
      .loadShellParser(initializationOptions)
      .then((parser) => {
        shellParser = parser;
        publishAll();
      })
      .catch(logError);
  }

  /**
   * Options for one validation; the document's `.dockerignore` is re-statted each time (cached while unchanged). A
   * document larger than `validation.maxFileSize` gets no shell analysis and no ShellCheck: the checks left stay linear.
   */
  function validateOptions(uri: string, document: service.ParsedDocument): service.DiagnosticOptions {
    const severities = service.mergedSeverities(host.files?.rulesFor(uri) ?? {}, settings);
    const isIgnored = host.files?.isIgnored(uri);
    const args = buildArgs.get(uri);
    const shell: ValidateOptions['shell'] = isReduced(document)
      ? undefined
      : { parser: shellParser, shellcheck: shellcheck?.notes(document, shellParser) };
    const docsRoot = host.docsRoot(initializationOptions);
    return { locale, severities, isIgnored, buildArgs: args, images, platform, shell, docsRoot };
  }

  function isReduced(document: service.ParsedDocument): boolean {
    return document.text.length > settings.maxFileSize;
  }

  function publishAll(): void {
    for (const uri of documents.uris()) schedulePublish(uri);
  }

  function schedulePublish(uri: string): void {
    validations.schedule(uri);
  }

  /** A reduced document is validated once typing pauses, so requests sent while typing never queue behind it. */
  function pauseBeforeValidation(uri: string): number {
    const document = documents.get(uri);
    return document && isReduced(document) ? LARGE_DOCUMENT_PAUSE_MS : 0;
  }

  /** Parse, shell snippets, rules: each a step of its own; nothing is published for a version already replaced. */
  async function validateDocument(uri: string, run: ValidationRun): Promise<void> {
    const document = documents.get(uri);
    if (!document) return;
    await validations.nextSlice();
    if (run.stale) return;
    void document.ast;
    await validations.nextSlice();
    if (run.stale) return;
    const reduced = isReduced(document);
    announceScope(uri, document, reduced);
    if (!reduced) loadShellParserOnce();
    if (!reduced && shellParser) await warmUp.run(document, shellParser, run, () => validations.nextSlice());
    if (run.stale) return;
    const diagnostics = service.getDiagnostics(document, validateOptions(uri, document));
    connection.sendDiagnostics({ uri, version: document.version, diagnostics }).catch(logError);
  }

  /** Tells the client when a document's checks become reduced or full again (there is no diagnostic for it). */
  function announceScope(uri: string, document: service.ParsedDocument, reduced: boolean): void {
    if (reduced === reducedDocuments.has(uri)) return;
    if (reduced) reducedDocuments.add(uri);
    else reducedDocuments.delete(uri);
    const scope: ValidationScope = { uri, reduced, size: document.text.length, maxFileSize: settings.maxFileSize };
    connection.sendNotification(VALIDATION_SCOPE, scope).catch(logError);
  }

  function logError(error: unknown): void {
    connection.console.error(error instanceof Error ? error.message : String(error));
  }

  async function refreshSettings(): Promise<void> {
    if (!pullConfiguration) return;
    settings = service.normalizeSettings(await connection.workspace.getConfiguration({ section: 'dockerfileStudio' }));
    publishAll();
  }

  connection.onInitialize((params): InitializeResult => {
    // The extension also sends its locale and rule settings as initialization options, so the first
    // diagnostics already use them.
    initializationOptions = params.initializationOptions;
    const options = params.initializationOptions as { locale?: unknown } | undefined;
    locale = service.toLocale(params.locale ?? (typeof options?.locale === 'string' ? options.locale : undefined));
    settings = service.normalizeSettings(options);
    shellcheck?.configure(options);
    pullConfiguration = params.capabilities.workspace?.configuration === true;
    registerForChanges = params.capabilities.workspace?.didChangeConfiguration?.dynamicRegistration === true;
    watchIgnoreFiles = params.capabilities.workspace?.didChangeWatchedFiles?.dynamicRegistration === true;
    return {
      capabilities: {
        textDocumentSync: { openClose: true, change: TextDocumentSyncKind.Incremental },
        hoverProvider: true,
        completionProvider: { triggerCharacters: ['$', '{', '-', '=', '#'] },
        documentSymbolProvider: true,
        foldingRangeProvider: true,
        semanticTokensProvider: { legend: service.SEMANTIC_TOKENS_LEGEND, full: true },
        documentFormattingProvider: true,
        renameProvider: { prepareProvider: true },
        definitionProvider: true,
        referencesProvider: true,
        codeActionProvider: { codeActionKinds: ['quickfix'] },
      },
      serverInfo: { name: 'Dockerfile Studio' },
    };
  });

  connection.onInitialized(() => {
    if (registerForChanges)
      connection.client
        .register(DidChangeConfigurationNotification.type, { section: 'dockerfileStudio' })
        .catch(logError);
    if (watchIgnoreFiles && host.files) {
      const watchers = host.files.watchers.map((globPattern) => ({ globPattern }));
      connection.client.register(DidChangeWatchedFilesNotification.type, { watchers }).catch(logError);
    }
    refreshSettings().catch(logError);
  });

  // An ignore file changed: forget it and re-validate (without watching, the next validation re-stats anyway).
  connection.onDidChangeWatchedFiles(({ changes }) => {
    for (const change of changes) host.files?.forget(change.uri);
    publishAll();
  });

  // The extension's build arguments for a Dockerfile (its last build's, over the build-args setting).
  connection.onNotification('dockerfileStudio/buildArgs', (params: { uri?: unknown; buildArgs?: unknown }) => {
    if (typeof params.uri !== 'string') return;
    buildArgs.set(params.uri, service.normalizeBuildArgs(params.buildArgs));
    schedulePublish(params.uri);
  });

  // What the local engine knows of base images, gathered by the extension off the typing path (never in untrusted
  // workspaces): each image's environment and platform, by reference.
  connection.onNotification('dockerfileStudio/images', (params: { images?: unknown; platform?: unknown }) => {
    images = service.normalizeImages(params.images);
    platform = service.normalizePlatform(params.platform);
    publishAll();
  });

  connection.onDidChangeConfiguration((change) => {
    if (pullConfiguration) {
      refreshSettings().catch(logError);
      return;
    }
    const pushed: unknown = (change.settings as { dockerfileStudio?: unknown } | null)?.dockerfileStudio;
    settings = service.normalizeSettings(pushed);
    publishAll();
  });

  connection.onDidOpenTextDocument(({ textDocument }) => {
    documents.open(textDocument.uri, textDocument.version, textDocument.text);
    schedulePublish(textDocument.uri);
  });

  connection.onDidChangeTextDocument(({ textDocument, contentChanges }) => {
    shellcheck?.cancel(textDocument.uri);
    if (documents.update(textDocument.uri, textDocument.version, contentChanges)) schedulePublish(textDocument.uri);
  });

  connection.onDidCloseTextDocument(({ textDocument }) => {
    const { uri } = textDocument;
    const document = documents.get(uri);
    if (document) announceScope(uri, document, false);
    documents.close(uri);
    buildArgs.delete(uri);
    shellcheck?.cancel(uri);
    validations.cancel(uri);
    warmUp.forget(uri);
    connection.sendDiagnostics({ uri, diagnostics: [] }).catch(logError);
  });

  /**
   * The open document's answer, or `fallback` for a document that is not open. It is computed once the messages that
   * arrived behind the request are handled: a cancelled request is answered as such, and one whose document changed
   * meanwhile with ContentModified (the client asks again), never with work spent on a replaced version.
   */
  async function answer<T>(
    uri: string,
    token: CancellationToken,
    fallback: T,
    compute: (document: service.ParsedDocument) => T,
  ): Promise<T | ResponseError> {
    const asked = documents.get(uri)?.version;
    await validations.nextSlice();
    if (token.isCancellationRequested) return new ResponseError(LSPErrorCodes.RequestCancelled, 'request cancelled');
    const document = documents.get(uri);
    if (!document) return fallback;
    if (document.version !== asked) return new ResponseError(LSPErrorCodes.ContentModified, 'document changed');
    return compute(document);
  }

  connection.onHover(({ textDocument, position }, token) =>
    answer(textDocument.uri, token, null, (document) => service.getHover(document, position, locale) ?? null),
  );
  connection.onCompletion(({ textDocument, position }, token) =>
    answer(textDocument.uri, token, [], (document) => service.getCompletions(document, position, locale)),
  );
  connection.onDocumentSymbol(({ textDocument }, token) =>
    answer(textDocument.uri, token, [], service.getDocumentSymbols),
  );
  connection.onFoldingRanges(({ textDocument }, token) =>
    answer(textDocument.uri, token, [], service.getFoldingRanges),
  );
  connection.languages.semanticTokens.on(({ textDocument }, token) =>
    answer(textDocument.uri, token, { data: [] }, service.getSemanticTokens),
  );
  connection.onDocumentFormatting(({ textDocument, options }, token) =>
    answer(textDocument.uri, token, [], (document) => service.formatDocument(document, options)),
  );
  connection.onPrepareRename(({ textDocument, position }, token) =>
    answer(textDocument.uri, token, null, (document) => service.prepareRename(document, position) ?? null),
  );
  connection.onRenameRequest(({ textDocument, position, newName }, token) =>
    answer(textDocument.uri, token, null, (document) => {
      const result = service.renameSymbol(document, position, newName, locale);
      if (result && 'error' in result) return new ResponseError(-32602, result.error);
      return result?.edit ?? null;
    }),
  );
  connection.onDefinition(({ textDocument, position }, token) =>
    answer(textDocument.uri, token, [], (document) => service.getDefinition(document, position)),
  );
  connection.onReferences(({ textDocument, position, context }, token) =>
    answer(textDocument.uri, token, [], (document) =>
      service.getReferences(document, position, context.includeDeclaration),
    ),
  );
  connection.onCodeAction(({ textDocument, range }, token) =>
    answer(textDocument.uri, token, [], (document) =>
      service.getCodeActions(document, range, validateOptions(textDocument.uri, document)),
    ),
  );

  connection.listen();
}
