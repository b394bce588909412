// Starts the Dockerfile language server (dist/server.js) over IPC, and gives up on purpose after repeated crashes.
import * as vscode from 'vscode';
import { t } from './l10n';
import {
  CloseAction,
  ErrorAction,
  LanguageClient,
  TransportKind,
  type CloseHandlerResult,
  type ErrorHandler,
  type ErrorHandlerResult,
  type LanguageClientOptions,
  type ServerOptions,
} from 'vscode-languageclient/node';
import { section, type Config } from './config';
import { CrashPolicy } from './core/crash-policy';
import type { Log } from './log';
import { dockerfileSelector } from './selectors';

export function createLanguageClient(context: vscode.ExtensionContext, config: Config, log: Log): LanguageClient {
  const module = vscode.Uri.joinPath(context.extensionUri, 'dist', 'server.js').fsPath;
  const serverOptions: ServerOptions = {
    run: { module, transport: TransportKind.ipc },
    debug: { module, transport: TransportKind.ipc, options: { execArgv: ['--nolazy', '--inspect=6009'] } },
  };
  const clientOptions: LanguageClientOptions = {
    documentSelector: dockerfileSelector,
    outputChannel: log.channel,
    initializationOptions: {
      locale: vscode.env.language,
      rules: config.rules,
      trusted: vscode.workspace.isTrusted,
      shellcheckPath: config.shellcheckPath,
    },
    synchronize: { configurationSection: section },
    errorHandler: new BoundedRestarts(config.maxServerRestarts, log),
  };
  return new LanguageClient('dockerfileStudio', 'Dockerfile Studio Language Server', serverOptions, clientOptions);
}

/** Restarts a crashed server up to `maxRestarts` times in three minutes, then stops and tells the user why. */
class BoundedRestarts implements ErrorHandler {
  private readonly policy: CrashPolicy;

  constructor(
    maxRestarts: number,
    private readonly log: Log,
  ) {
    this.policy = new CrashPolicy({ maxCrashes: maxRestarts, windowMs: 3 * 60_000 });
  }

  error(_error: Error, _message: unknown, count: number | undefined): ErrorHandlerResult {
    return { action: count !== undefined && count <= 3 ? ErrorAction.Continue : ErrorAction.Shutdown };
  }

  closed(): CloseHandlerResult {
    if (this.policy.recordCrash(Date.now())) {
      this.log.warn(
        `The language server stopped unexpectedly; restarting it (${this.policy.recentCrashes} crash(es) in 3 minutes).`,
      );
      return { action: CloseAction.Restart, handled: true };
    }
    const message = t('serverGaveUp', { count: this.policy.recentCrashes });
    this.log.error(message);
    return { action: CloseAction.DoNotRestart, message };
  }
}
