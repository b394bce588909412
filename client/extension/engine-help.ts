// When a build or run fails because the engine cannot be used, say so plainly and offer "How to fix".
import * as vscode from 'vscode';
import { t } from './l10n';
import type { ErrorText } from './core/error-text';
import type { Studio } from './studio';

const connectionProblems = new Set(['unreachable', 'permission', 'tls', 'config', 'version', 'timeout']);

/** Shows the engine problem with its fix when `text` is one; returns whether it was. */
export function offerEngineHelp(studio: Studio, error: unknown, text: ErrorText): boolean {
  if (text.kind === undefined || !connectionProblems.has(text.kind)) return false;
  studio.engine.markUnreachable(error);
  void showEngineProblem(text);
  return true;
}

async function showEngineProblem(text: ErrorText): Promise<void> {
  const howToFix = t('howToFix');
  const settings = t('openSettings');
  const message = text.hint ? `${text.message} ${text.hint}` : text.message;
  const choice = await vscode.window.showErrorMessage(message, howToFix, settings);
  if (choice === howToFix) await vscode.commands.executeCommand('dockerfileStudio.howToFixEngine');
  if (choice === settings)
    await vscode.commands.executeCommand('workbench.action.openSettings', 'dockerfileStudio.engine');
}
