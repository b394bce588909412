// Activation: cheap wiring only. The engine, the context packer and protobufjs load when a build or run starts.
import * as vscode from 'vscode';
import { ActiveRuns } from './activeRuns';
import { registerBuildDiagnostics } from './buildDiagnostics';
import { BuildOutcomes } from './buildOutcomes';
import { registerCommands } from './commands';
import { Config, effectsOf } from './config';
import { EngineAccess } from './core/engineAccess';
import { createLanguageClient } from './languageClient';
import { registerImageLinks } from './imageLinks';
import { LayerHints } from './layerHints';
import { StudioLenses } from './lenses';
import { Log } from './log';
import { DockerfileMemory } from './memory';
import { Panel } from './panel';
import { StatusItem } from './statusItem';
import type { Studio } from './studio';
import { StudioDocuments, studioScheme } from './studioDocuments';
import { createTestApi, type StudioApi } from './testApi';

export function activate(context: vscode.ExtensionContext): StudioApi {
  const started = performance.now();
  const config = new Config();
  const log = new Log();
  const client = createLanguageClient(context, config, log);
  const studio: Studio = {
    extension: context,
    config,
    log,
    panel: new Panel(),
    engine: new EngineAccess({ host: () => config.engineHost, locale: vscode.env.language }),
    memory: new DockerfileMemory(context.workspaceState),
    builds: new BuildOutcomes(),
    runs: new ActiveRuns(),
    restartLanguageServer: () => client.restart(),
  };
  const status = new StatusItem(studio.engine);
  context.subscriptions.push(
    log,
    studio.panel,
    studio.builds,
    studio.runs,
    status,
    client,
    ...registerCommands(studio),
    new StudioLenses(studio.memory, studio.builds, studio.runs).register(),
    new LayerHints(studio.builds).register(),
    registerBuildDiagnostics(studio.builds),
    registerImageLinks(),
    vscode.workspace.registerTextDocumentContentProvider(studioScheme, new StudioDocuments(studio)),
    vscode.workspace.onDidChangeConfiguration((event) => onConfigurationChange(studio, event)),
  );
  const languageClientReady = client.start().catch((error: unknown) => {
    log.error('The Dockerfile language server did not start', error);
    throw error;
  });
  setTimeout(() => void studio.engine.recheck(), 0);
  const activationMs = performance.now() - started;
  log.info(`Activated in ${activationMs.toFixed(1)} ms`);
  return createTestApi(studio, { languageClientReady, activationMs, statusText: () => status.text });
}

export function deactivate(): void {
  // Everything is disposed through context.subscriptions.
}

function onConfigurationChange(studio: Studio, event: vscode.ConfigurationChangeEvent): void {
  const effects = effectsOf(event);
  if (effects.has('recheckEngine')) void studio.engine.recheck();
  if (effects.has('restartServer')) void vscode.commands.executeCommand('dockerfileStudio.restartLanguageServer');
}
