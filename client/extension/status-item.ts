// The status bar item: which engine is in use and whether it answers. Clicking it checks again.
import * as vscode from 'vscode';
import { t } from './l10n';
import type { EngineAccess, EngineState } from './core/engine-access';

export class StatusItem implements vscode.Disposable {
  private readonly item: vscode.StatusBarItem;
  private readonly subscription: { dispose(): void };

  constructor(engine: EngineAccess) {
    this.item = vscode.window.createStatusBarItem('dockerfileStudio.engine', vscode.StatusBarAlignment.Left, 10);
    this.item.name = t('statusName');
    this.item.command = 'dockerfileStudio.checkEngine';
    this.subscription = engine.onDidChange((state) => this.render(state));
    this.render(engine.state);
    this.item.show();
  }

  /** The item's text as shown, for the test API. */
  get text(): string {
    return this.item.text;
  }

  private render(state: EngineState): void {
    const { text, tooltip, warning } = describeState(state);
    this.item.text = text;
    this.item.tooltip = tooltip;
    this.item.backgroundColor = warning ? new vscode.ThemeColor('statusBarItem.warningBackground') : undefined;
  }

  dispose(): void {
    this.subscription.dispose();
    this.item.dispose();
  }
}

function describeState(state: EngineState): { text: string; tooltip: string; warning: boolean } {
  switch (state.kind) {
    case 'unknown':
      return {
        text: '$(server-environment) ' + t('statusUnchecked'),
        tooltip: t('statusUncheckedTooltip'),
        warning: false,
      };
    case 'checking':
      return { text: '$(sync~spin) ' + t('statusChecking'), tooltip: state.host ?? '', warning: false };
    case 'ready':
      return {
        text: `$(vm-active) ${state.product}`,
        tooltip: t('statusReadyTooltip', { product: state.product, host: state.host, version: state.apiVersion }),
        warning: false,
      };
    case 'unreachable':
      return {
        text: '$(vm-outline) ' + t('statusNone'),
        tooltip: [state.message, state.hint, t('statusNoneTooltip')].filter(Boolean).join('\n\n'),
        warning: true,
      };
  }
}
