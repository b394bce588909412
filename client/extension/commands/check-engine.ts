// Checks the engine again (the status item's click) and says what it found.
import * as vscode from 'vscode';
import type { Studio } from '../studio';
import type { EngineState } from '../core/engine-access';

export const checkEngine = (studio: Studio) => async (): Promise<EngineState> => {
  const state = await studio.engine.recheck();
  if (state.kind === 'ready') {
    void vscode.window.showInformationMessage(
      vscode.l10n.t('{0} at {1} is reachable (API {2}).', state.product, state.host, state.apiVersion),
    );
  } else if (state.kind === 'unreachable') {
    const howToFix = vscode.l10n.t('How to fix');
    const choice = await vscode.window.showWarningMessage(state.message, howToFix);
    if (choice === howToFix) await vscode.commands.executeCommand('dockerfileStudio.howToFixEngine');
  }
  return state;
};
