// LSP wiring only: every answer comes from the language service over the shared per-version parse. The entry points
// create the connection (main-node.ts: IPC, stdio or socket; main-browser.ts: a web worker's messages) and the host.
import {
  DidChangeConfigurationNotification,
  DidChangeWatchedFilesNotification,
  TextDocumentSyncKind,
  type ResponseError,
  type CancellationToken,
  type Connection,
  type InitializeResult,
} from 'vscode-languageserver';
import { DocumentStore } from './documents';
import type { ServerHost } from './host';
import type { StudioConfig } from '../core/node/config-file';
import * as service from './service/index';
import type { Platform } from '../core/dockerfile/global-args';
import type { ImageFacts, ValidateOptions } from '../core/rules/index';
import type { ShellParser } from '../core/shell/index';
import { checkFiles } from './check-files';
import { serveDocumentRequests } from './document-requests';
import { ValidationQueue, type ValidationRun } from './validation-queue';
import { ShellWarmUp } from './shell-warm-up';
import { documentChanged, requestCancelled, staleAnswer } from './request-errors';
import {
  BUILD_ARGS,
  CHECK_FILES_REQUEST,
  IMAGES,
  LOCAL_IMAGES,
  VALIDATION_SCOPE,
  type ValidationScope,
} from './protocol';

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
  let refreshInlayHints = false;
  let followFolders = false;
  let initializationOptions: unknown;
  /** The config file each document's settings came from, as last logged. */
  const configUsed = new Map<string, string | undefined>();
  /** Build arguments per document, and what the engine knows of base images: both sent by the extension. */
  const buildArgs = new Map<string, Record<string, string>>();
  let images: ReadonlyMap<string, ImageFacts> | undefined;
  let platform: Platform | undefined;
  /** The local engine's image names, newest first, for FROM completion; sent by the extension. */
  let localImages: string[] = [];
  const sentTokens = new service.SemanticTokensHistory();

  const shellcheck = host.createShellCheck?.(schedulePublish);
  const warmUp = new ShellWarmUp();
  let shellParser: ShellParser | undefined;
  let shellParserLoad: Promise<ShellParser | undefined> | undefined;
  const validations = new ValidationQueue({
    validation: validateDocument,
    defer: (callback) => host.defer(callback),
    pauseFor: pauseBeforeValidation,
    onError: logError,
  });
  /** The documents validated with the reduced checks, as last told to the client. */
  const reducedDocuments = new Set<string>();

  /** Loads the shell parser once, on the first validation; re-validates everything when it is ready. */
  function loadShell(): Promise<ShellParser | undefined> {
    shellParserLoad ??= host.loadShellParser(initializationOptions).then(
      (parser) => {
        shellParser = parser;
        publishAll();
        return parser;
      },
      (error: unknown) => {
        logError(error);
        return undefined;
      },
    );
    return shellParserLoad;
  }

  /**
   * Options for one validation; the document's `.dockerignore` is re-statted each time (cached while unchanged). A
   * document larger than `validation.maxFileSize` gets no shell analysis and no ShellCheck: the checks left stay linear.
   */
  function validateOptions(uri: string, document: service.ParsedDocument): service.DiagnosticOptions {
    const config = host.files?.configFor(uri);
    logConfigUsed(uri, config);
    const severities = service.mergedSeverities(config?.rules ?? {}, settings);
    const trustedRegistries = config?.trustedRegistries;
    const isIgnored = host.files?.isIgnored(uri);
    const args = buildArgs.get(uri);
    const shell: ValidateOptions['shell'] = isReduced(document)
      ? undefined
      : { parser: shellParser, shellcheck: shellcheck?.notes(document, shellParser) };
    const docsRoot = host.docsRoot(initializationOptions);
    return { locale, severities, trustedRegistries, isIgnored, buildArgs: args, images, platform, shell, docsRoot };
  }

  /** Logs where a document's settings come from, when that changes. */
  function logConfigUsed(uri: string, config: StudioConfig | undefined): void {
    if (configUsed.has(uri) && configUsed.get(uri) === config?.path) return;
    configUsed.set(uri, config?.path);
    if (config) connection.console.info(service.configFileNote(locale, uri, config));
  }

  function isReduced(document: service.ParsedDocument): boolean {
    return document.text.length > settings.maxFileSize;
  }

  function publishAll(): void {
    for (const uri of documents.uris()) schedulePublish(uri);
    refreshHints();
  }

  function refreshHints(): void {
    if (refreshInlayHints) connection.languages.inlayHint.refresh().catch(logError);
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
    const slicing = { between: () => validations.nextSlice(), stale: () => run.stale };
    await validations.nextSlice();
    if (run.stale) return;
    const reduced = isReduced(document);
    if (!(await parsed(document, slicing))) return;
    await validations.nextSlice();
    if (run.stale) return;
    announceScope(uri, document, reduced);
    if (!reduced) void loadShell();
    if (!reduced && shellParser) await warmUp.run(document, shellParser, run, () => validations.nextSlice());
    if (run.stale) return;
    const options = validateOptions(uri, document);
    const diagnostics = reduced
      ? await service.getDiagnosticsInSlices(document, options, slicing)
      : service.getDiagnostics(document, options);
    if (diagnostics && !run.stale)
      connection.sendDiagnostics({ uri, version: document.version, diagnostics }).catch(logError);
  }

  /**
   * The document's tree, read in slices with waits between when the document is past `validation.maxFileSize`, so
   * requests behind it are answered meanwhile; false when the slicing went stale first.
   */
  async function parsed(document: service.ParsedDocument, slicing: service.Slicing): Promise<boolean> {
    if (isReduced(document)) return document.parseInSlices(slicing);
    void document.ast;
    return true;
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
    refreshInlayHints = params.capabilities.workspace?.inlayHint?.refreshSupport === true;
    host.workspace?.setRoots((params.workspaceFolders ?? []).map((folder) => folder.uri));
    followFolders = host.workspace !== undefined && params.capabilities.workspace?.workspaceFolders === true;
    return {
      capabilities: {
        textDocumentSync: { openClose: true, change: TextDocumentSyncKind.Incremental },
        hoverProvider: true,
        completionProvider: { triggerCharacters: ['$', '{', '-', '=', '#'] },
        documentSymbolProvider: true,
        foldingRangeProvider: true,
        semanticTokensProvider: { legend: service.SEMANTIC_TOKENS_LEGEND, full: { delta: true }, range: true },
        documentFormattingProvider: true,
        documentRangeFormattingProvider: true,
        documentOnTypeFormattingProvider: { firstTriggerCharacter: service.ON_TYPE_TRIGGER },
        renameProvider: { prepareProvider: true },
        definitionProvider: true,
        referencesProvider: true,
        codeActionProvider: { codeActionKinds: ['quickfix'] },
        signatureHelpProvider: { triggerCharacters: service.SIGNATURE_TRIGGER_CHARACTERS },
        documentHighlightProvider: true,
        documentLinkProvider: {},
        selectionRangeProvider: true,
        inlayHintProvider: true,
        workspaceSymbolProvider: true,
        workspace: { workspaceFolders: { supported: followFolders, changeNotifications: followFolders } },
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
    if (followFolders)
      connection.workspace.onDidChangeWorkspaceFolders(() => {
        connection.workspace
          .getWorkspaceFolders()
          .then((folders) => host.workspace?.setRoots((folders ?? []).map((folder) => folder.uri)))
          .catch(logError);
      });
  });

  // An ignore file changed: forget it and re-validate (without watching, the next validation re-stats anyway).
  connection.onDidChangeWatchedFiles(({ changes }) => {
    for (const change of changes) host.files?.forget(change.uri);
    publishAll();
  });

  // The extension's build arguments for a Dockerfile (its last build's, over the build-args setting).
  connection.onNotification(BUILD_ARGS, (params: { uri?: unknown; buildArgs?: unknown }) => {
    if (typeof params.uri !== 'string') return;
    buildArgs.set(params.uri, service.normalizeBuildArgs(params.buildArgs));
    schedulePublish(params.uri);
    refreshHints();
  });

  // What the local engine knows of base images, gathered by the extension off the typing path (never in untrusted
  // workspaces): each image's environment and platform, by reference.
  connection.onNotification(IMAGES, (params: { images?: unknown; platform?: unknown }) => {
    images = service.normalizeImages(params.images);
    platform = service.normalizePlatform(params.platform);
    publishAll();
  });

  connection.onNotification(LOCAL_IMAGES, (params: unknown) => {
    localImages = service.normalizeImageNames(params);
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
    sentTokens.forget(uri);
    configUsed.delete(uri);
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
    const ready = await readyToAnswer(uri, token, fallback);
    return 'instead' in ready ? ready.instead : compute(ready.document);
  }

  /** `answer` for work in steps: past `validation.maxFileSize` it waits between them, and stops once stale. */
  async function answerInSteps<T>(
    uri: string,
    token: CancellationToken,
    fallback: T,
    compute: (document: service.ParsedDocument) => service.Steps<T>,
  ): Promise<T | ResponseError> {
    const ready = await readyToAnswer(uri, token, fallback);
    if ('instead' in ready) return ready.instead;
    const { document, stale } = ready;
    if (!isReduced(document)) return service.runSteps(compute(document));
    const result = await service.runInSlices(compute(document), { between: () => validations.nextSlice(), stale });
    return stale() ? staleAnswer(token) : (result as T);
  }

  /** The open document, parsed, once the messages behind the request are handled; or what to answer instead. */
  async function readyToAnswer<T>(
    uri: string,
    token: CancellationToken,
    fallback: T,
  ): Promise<{ document: service.ParsedDocument; stale: () => boolean } | { instead: T | ResponseError }> {
    const asked = documents.get(uri)?.version;
    await validations.nextSlice();
    if (token.isCancellationRequested) return { instead: requestCancelled() };
    const document = documents.get(uri);
    if (!document) return { instead: fallback };
    if (document.version !== asked) return { instead: documentChanged() };
    const stale = () => token.isCancellationRequested || documents.get(uri) !== document;
    if (!(await parsed(document, { between: () => validations.nextSlice(), stale })))
      return { instead: staleAnswer(token) };
    return { document, stale };
  }

  serveDocumentRequests(connection, {
    answer,
    answerInSteps,
    locale: () => locale,
    localImages: () => localImages,
    inlayHints: () => settings.inlayHints !== false,
    buildArgs: (uri) => buildArgs.get(uri),
    sentTokens,
    validateOptions,
    isReduced,
  });
  connection.onWorkspaceSymbol(async ({ query }) => {
    const found = (await host.workspace?.dockerfiles((uri) => documents.get(uri))) ?? [...openDocuments()];
    return service.getWorkspaceSymbols(found, query);
  });
  // "Check Workspace": files the editor has not opened, checked as if they were (ShellCheck left out: one process each).
  const workspace = host.workspace;
  const readFile = workspace && ((uri: string) => workspace.read(uri));
  connection.onRequest(CHECK_FILES_REQUEST, async (params: { uris?: unknown }) => {
    const parser = await loadShell();
    return checkFiles(params.uris, readFile, (document) =>
      service.getDiagnostics(document, { ...validateOptions(document.uri, document), shell: { parser } }),
    );
  });

  function* openDocuments(): Iterable<service.ParsedDocument> {
    for (const uri of documents.uris()) {
      const document = documents.get(uri);
      if (document) yield document;
    }
  }

  connection.listen();
}
