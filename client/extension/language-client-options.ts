// What the language client tells the server and does with its diagnostics, the same on the desktop and in the browser.
import * as vscode from 'vscode';
import type { DocumentSelector, LanguageClientOptions } from 'vscode-languageclient';
import { ruleDocsCommandUri } from './commands/open-rule-docs';
import { section, type Config } from './config';
import type { Log } from './log';

export function languageClientOptions(
  context: vscode.ExtensionContext,
  config: Config,
  log: Log,
  platform: { documentSelector: DocumentSelector; initializationOptions: Record<string, unknown> },
): LanguageClientOptions {
  return {
    documentSelector: platform.documentSelector,
    outputChannel: log.channel,
    initializationOptions: { locale: vscode.env.language, rules: config.rules, ...platform.initializationOptions },
    synchronize: { configurationSection: section },
    middleware: {
      handleDiagnostics: (uri, diagnostics, next) =>
        next(
          uri,
          diagnostics.map((d) => withDocsCommand(d, context)),
        ),
    },
  };
}

/** A link to our shipped reference opens it in the Markdown preview, at the rule (a file link would open the source). */
function withDocsCommand(diagnostic: vscode.Diagnostic, context: vscode.ExtensionContext): vscode.Diagnostic {
  const code = diagnostic.code;
  if (typeof code !== 'object') return diagnostic;
  const docs = `${vscode.Uri.joinPath(context.extensionUri, 'docs').toString()}/`;
  if (!code.target.with({ fragment: '' }).toString().startsWith(docs)) return diagnostic;
  diagnostic.code = { value: code.value, target: ruleDocsCommandUri(String(code.value)) };
  return diagnostic;
}
