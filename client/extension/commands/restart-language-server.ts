// Restarts the language server, e.g. after it crashed too often and was given up on.
import * as vscode from 'vscode';
import { t } from '../l10n';
import type { Studio } from '../studio';

export const restartLanguageServer = (studio: Studio) => async (): Promise<void> => {
  try {
    await studio.restartLanguageServer();
  } catch (error) {
    studio.log.error('Restarting the language server failed', error);
    void vscode.window.showErrorMessage(t('serverRestartFailed'));
  }
};
