// The extension in the browser (vscode.dev, github.dev; dist/web/extension.js): the language server runs in a web
// worker with the same core and language service. Building, running and the engine need a machine, so their commands
// say so, and package.json hides their views and buttons (`!isWeb || remoteName`).
import * as vscode from 'vscode';
import { LanguageClient } from 'vscode-languageclient/browser';
import { openRuleDocs } from './commands/open-rule-docs';
import { Config } from './config';
import { t } from './l10n';
import { languageClientOptions } from './language-client-options';
import { Log } from './log';

/** The worker constructor of the web extension host. */
declare const Worker: new (url: string) => ConstructorParameters<typeof LanguageClient>[3];

/** Every document with the language: the browser server reads no files, so any scheme (vscode-vfs, …) is fine. */
const anyDockerfile = [{ language: 'dockerfile' }];

export async function activate(context: vscode.ExtensionContext): Promise<void> {
  const log = new Log();
  const client = createBrowserLanguageClient(context, log);
  const implemented: Record<string, (...args: unknown[]) => unknown> = {
    'dockerfileStudio.restartLanguageServer': async () => {
      await client.stop();
      await client.start();
    },
    'dockerfileStudio.openRuleDocs': openRuleDocs({ extension: context }),
  };
  context.subscriptions.push(
    log,
    client,
    ...Object.entries(implemented).map(([name, run]) => vscode.commands.registerCommand(name, run)),
    ...registerDesktopOnly(context, new Set(Object.keys(implemented))),
  );
  await client.start();
}

function createBrowserLanguageClient(context: vscode.ExtensionContext, log: Log): LanguageClient {
  const server = vscode.Uri.joinPath(context.extensionUri, 'dist', 'web', 'server.js');
  const options = languageClientOptions(context, new Config(), log, {
    documentSelector: anyDockerfile,
    initializationOptions: { extensionUri: context.extensionUri.toString(true) },
  });
  return new LanguageClient(
    'dockerfileStudio',
    'Dockerfile Studio Language Server',
    options,
    new Worker(server.toString(true)),
  );
}

interface ManifestCommand {
  command: string;
  title: string;
}

/** The manifest's other commands (build, run, images, engine) explain that they need the desktop or a remote. */
function registerDesktopOnly(context: vscode.ExtensionContext, implemented: Set<string>): vscode.Disposable[] {
  const manifest = context.extension.packageJSON as { contributes: { commands: ManifestCommand[] } };
  return manifest.contributes.commands
    .filter(({ command }) => !implemented.has(command))
    .map(({ command, title }) =>
      vscode.commands.registerCommand(command, () => {
        const name = title.startsWith('%') ? command : title;
        void vscode.window.showInformationMessage(t('needsDesktop', { command: name }));
      }),
    );
}
