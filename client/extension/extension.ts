// Activation: cheap wiring only. The engine, the context packer and protobufjs load when a build or run starts.
import * as vscode from 'vscode';
import { registerCommands } from './commands';
import { Config, effectsOf } from './config';
import { EngineAccess } from './core/engineAccess';
import { createLanguageClient } from './languageClient';
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
  const panel = new Panel();
  const engine = new EngineAccess({ host: () => config.engineHost, locale: vscode.env.language });
  const client = createLanguageClient(context, config, log);
  const studio: Studio = {
    extension: context,
    config,
    log,
    panel,
    engine,
    memory: new DockerfileMemory(context.workspaceState),
    restartLanguageServer: () => client.restart(),
  };
  const status = new StatusItem(engine);
  context.subscriptions.push(
    log,
    panel,
    status,
    client,
    ...registerCommands(studio),
    vscode.workspace.registerTextDocumentContentProvider(studioScheme, new StudioDocuments(studio)),
    vscode.workspace.onDidChangeConfiguration((event) => onConfigurationChange(studio, event)),
  );
  const languageClientReady = client.start().catch((error: unknown) => {
    log.error('The Dockerfile language server did not start', error);
    throw error;
  });
  setTimeout(() => void engine.recheck(), 0);
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
