// Activation: cheap wiring only (dist/extension.js). The language client's bundle loads right after activation returns;
// the engine's bundle (engine client, context packer, protobufjs) with the first engine check, build or run.
import * as vscode from 'vscode';
import type { LanguageClient } from 'vscode-languageclient/node';
import { ActiveRuns } from './active-runs';
import { registerBuildDiagnostics } from './build-diagnostics';
import { loadEngine, loadLanguageClient } from './bundles';
import { BuildOutcomes } from './build-outcomes';
import { registerCommands } from './commands';
import { Config, effectsOf } from './config';
import { EngineAccess } from './core/engine-access';
import { registerImageLinks } from './image-links';
import { BuildRecords } from './images/build-records';
import { registerViews } from './images/register';
import { LayerHints } from './layer-hints';
import { StudioLenses } from './lenses';
import { Log } from './log';
import { DockerfileMemory } from './memory';
import { Panel } from './panel';
import { t } from './l10n';
import { secretKeeping } from './secret-choice';
import { StatusItem } from './status-item';
import type { Studio } from './studio';
import { StudioDocuments, studioScheme } from './studio-documents';
import { createTestApi, type StudioApi } from './test-api';
import { Milestones } from './walkthrough/milestones';

export function activate(context: vscode.ExtensionContext): StudioApi {
  const started = performance.now();
  const config = new Config();
  const log = new Log();
  let client: LanguageClient | undefined;
  const records = new BuildRecords(context.workspaceState);
  const studio: Studio = {
    extension: context,
    config,
    log,
    panel: new Panel(),
    rawLog: new Panel(t('rawLogChannel')),
    engine: new EngineAccess({
      host: () => config.engineHost,
      timeouts: () => config.engineTimeouts,
      locale: vscode.env.language,
    }),
    memory: new DockerfileMemory(context.workspaceState, secretKeeping(context, config)),
    builds: new BuildOutcomes(),
    runs: new ActiveRuns(),
    records,
    milestones: new Milestones(records),
    restartLanguageServer: async () => client?.restart(),
    languageClient: () => client,
  };
  current = studio;
  const status = new StatusItem(studio.engine);
  const views = registerViews(studio);
  context.subscriptions.push(
    log,
    studio.panel,
    studio.rawLog,
    studio.builds,
    studio.runs,
    studio.records,
    studio.milestones,
    status,
    ...views.disposables,
    ...registerCommands(studio),
    new StudioLenses(studio.memory, studio.builds, studio.runs).register(),
    new LayerHints(studio.builds).register(),
    registerBuildDiagnostics(studio.builds),
    registerImageLinks(),
    vscode.workspace.registerTextDocumentContentProvider(studioScheme, new StudioDocuments(studio)),
    vscode.workspace.onDidChangeConfiguration((event) => onConfigurationChange(studio, event)),
    // The language server runs ShellCheck only in trusted workspaces; it learns of the trust when it starts.
    vscode.workspace.onDidGrantWorkspaceTrust(
      () => void vscode.commands.executeCommand('dockerfileStudio.restartLanguageServer'),
    ),
  );
  const languageClient = startLanguageClient(context, config, log);
  const languageClientReady = languageClient.then((started) => {
    client = started;
    const languageClientModule = loadLanguageClient();
    context.subscriptions.push(
      languageClientModule.startCheckContext(studio, started),
      languageClientModule.showValidationScope(started),
    );
  });
  checkEngineSoon(studio.engine, languageClientReady);
  const activationMs = performance.now() - started;
  log.info(`Activated in ${activationMs.toFixed(1)} ms`);
  return createTestApi(studio, {
    languageClientReady,
    activationMs,
    statusText: () => status.text,
    views: views.api,
  });
}

/** Loads the language client library once activation has returned, then starts the server. */
async function startLanguageClient(
  context: vscode.ExtensionContext,
  config: Config,
  log: Log,
): Promise<LanguageClient> {
  await new Promise((resolve) => setImmediate(resolve));
  try {
    const { createLanguageClient } = loadLanguageClient();
    const client = createLanguageClient(context, config, log);
    context.subscriptions.push(client);
    await client.start();
    return client;
  } catch (error) {
    log.error('The Dockerfile language server did not start', error);
    throw error;
  }
}

/** The latest the status item's first engine check waits for the language client. */
const ENGINE_CHECK_LATEST_MS = 1000;

/**
 * The status item's first engine check loads the engine bundle, so it waits until the language client has started (or
 * failed to), not to compete with it, and at most a second. A build or run that connected first is left alone.
 */
function checkEngineSoon(engine: EngineAccess, languageClientReady: Promise<void>): void {
  const check = (): void => {
    clearTimeout(latest);
    if (engine.state.kind === 'unknown') engine.connect().catch(() => undefined);
  };
  const latest = setTimeout(check, ENGINE_CHECK_LATEST_MS);
  languageClientReady.then(check, check);
}

let current: Studio | undefined;

/** Kills what is still running so no container outlives VS Code; everything else is disposed through subscriptions. */
export async function deactivate(): Promise<void> {
  const studio = current;
  current = undefined;
  if (!studio) return;
  await studio.runs.killAll(async (containerId) => {
    const client = await studio.engine.connect();
    await loadEngine().killContainer(client, containerId);
  }, 4000);
}

function onConfigurationChange(studio: Studio, event: vscode.ConfigurationChangeEvent): void {
  const effects = effectsOf(event);
  if (effects.has('recheckEngine')) void studio.engine.recheck();
  if (effects.has('restartServer')) void vscode.commands.executeCommand('dockerfileStudio.restartLanguageServer');
}
