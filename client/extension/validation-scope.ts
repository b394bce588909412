// A language status item on a Dockerfile whose checks the language server reduced (it is larger than
// `validation.maxFileSize`): the reduction has no diagnostic, so this is where the user learns of it.
import * as vscode from 'vscode';
import type { LanguageClient } from 'vscode-languageclient/node';
import { VALIDATION_SCOPE, type ValidationScope } from '../../server/protocol';
import { t } from './l10n';
import { dockerfileSelector } from './selectors';

const SETTING = 'dockerfileStudio.validation.maxFileSize';

export function showValidationScope(client: LanguageClient): vscode.Disposable {
  const reduced = new Map<string, ValidationScope>();
  let item: vscode.LanguageStatusItem | undefined;
  const render = (): void => {
    const uri = vscode.window.activeTextEditor?.document.uri.toString();
    const scope = uri === undefined ? undefined : reduced.get(uri);
    if (!scope) {
      item?.dispose();
      item = undefined;
      return;
    }
    item ??= vscode.languages.createLanguageStatusItem('dockerfileStudio.validationScope', dockerfileSelector);
    item.name = t('scopeName');
    item.text = t('scopeReduced');
    item.detail = t('scopeReducedDetail', {
      size: scope.size.toLocaleString(),
      limit: scope.maxFileSize.toLocaleString(),
    });
    item.severity = vscode.LanguageStatusSeverity.Warning;
    item.command = { title: t('scopeChangeLimit'), command: 'workbench.action.openSettings', arguments: [SETTING] };
  };
  const notifications = client.onNotification(VALIDATION_SCOPE, (scope: ValidationScope) => {
    if (scope.reduced) reduced.set(scope.uri, scope);
    else reduced.delete(scope.uri);
    render();
  });
  const editors = vscode.window.onDidChangeActiveTextEditor(render);
  return vscode.Disposable.from(notifications, editors, { dispose: () => item?.dispose() });
}
