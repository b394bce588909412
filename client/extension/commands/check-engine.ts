// Checks the engine again (the status item's click) and says what it found.
import * as vscode from 'vscode';
import { t } from '../l10n';
import type { Studio } from '../studio';
import type { EngineState } from '../core/engine-access';

export const checkEngine = (studio: Studio) => async (): Promise<EngineState> => {
  const state = await studio.engine.recheck();
  if (state.kind === 'ready') {
    void vscode.window.showInformationMessage(
      t('engineReachable', { product: state.product, host: state.host, version: state.apiVersion }),
    );
  } else if (state.kind === 'unreachable') {
    const howToFix = t('howToFix');
    const choice = await vscode.window.showWarningMessage(state.message, howToFix);
    if (choice === howToFix) await vscode.commands.executeCommand('dockerfileStudio.howToFixEngine');
  }
  return state;
};
