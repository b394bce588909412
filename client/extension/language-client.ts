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
  type ServerOptions,
} from 'vscode-languageclient/node';
import { CheckContext } from './check-context';
import type { Config } from './config';
import { LocalImages } from './local-images';
import { CrashPolicy } from './core/crash-policy';
import { languageClientOptions } from './language-client-options';
import type { Log } from './log';
import { dockerfileSelector } from './selectors';
import type { Studio } from './studio';

export { showValidationScope } from './validation-scope';

export function createLanguageClient(context: vscode.ExtensionContext, config: Config, log: Log): LanguageClient {
  const module = vscode.Uri.joinPath(context.extensionUri, 'dist', 'server.js').fsPath;
  const serverOptions: ServerOptions = {
    run: { module, transport: TransportKind.ipc },
    debug: { module, transport: TransportKind.ipc, options: { execArgv: ['--nolazy', '--inspect=6009'] } },
  };
  const clientOptions = {
    ...languageClientOptions(context, config, log, {
      documentSelector: dockerfileSelector,
      initializationOptions: { trusted: vscode.workspace.isTrusted, shellcheckPath: config.shellcheckPath },
    }),
    errorHandler: new BoundedRestarts(config.maxServerRestarts, log),
  };
  return new LanguageClient('dockerfileStudio', 'Dockerfile Studio Language Server', serverOptions, clientOptions);
}

/** Sends the server each Dockerfile's build arguments, what the engine knows of its base images, and their names. */
export function startCheckContext(studio: Studio, client: LanguageClient): vscode.Disposable {
  return vscode.Disposable.from(new CheckContext(studio, client), new LocalImages(studio, client));
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
