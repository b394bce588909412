// Which Dockerfile a command acts on, and the options passed with it: from a menu (a Uri), a lens or a test
// (`(uri, options)` or `({ uri, ...options })`), the active editor, or a pick among the workspace's Dockerfiles.
import * as vscode from 'vscode';
import { t } from '../l10n';
import { DOCKERFILE_GLOB } from '../../../core/dockerfile/file-names';

export interface CommandTarget<T> {
  uri: vscode.Uri;
  /** undefined when the command was invoked without options: ask the user. */
  options: T | undefined;
}

export async function resolveTarget<T extends object>(
  first: unknown,
  second: unknown,
): Promise<CommandTarget<T> | undefined> {
  if (first instanceof vscode.Uri) return { uri: first, options: asOptions<T>(second) };
  const withUri = first as { uri?: unknown } | undefined;
  if (
    withUri &&
    typeof withUri === 'object' &&
    (withUri.uri instanceof vscode.Uri || typeof withUri.uri === 'string')
  ) {
    const { uri: given, ...options } = withUri as { uri: vscode.Uri | string };
    return { uri: given instanceof vscode.Uri ? given : vscode.Uri.parse(given), options: options as T };
  }
  const uri = activeDockerfile() ?? (await pickDockerfile());
  return uri ? { uri, options: asOptions<T>(first) } : undefined;
}

/** Build and Run never start from an untrusted workspace: a cloned repository must not build or run anything by itself. */
export function ensureTrusted(): boolean {
  if (vscode.workspace.isTrusted) return true;
  void vscode.window.showWarningMessage(t('untrustedWorkspace'));
  return false;
}

function asOptions<T>(value: unknown): T | undefined {
  return value !== null && typeof value === 'object' ? (value as T) : undefined;
}

function activeDockerfile(): vscode.Uri | undefined {
  const document = vscode.window.activeTextEditor?.document;
  return document?.languageId === 'dockerfile' ? document.uri : undefined;
}

async function pickDockerfile(): Promise<vscode.Uri | undefined> {
  const found = await vscode.workspace.findFiles(DOCKERFILE_GLOB, '**/node_modules/**', 50);
  if (found.length === 0) {
    void vscode.window.showWarningMessage(t('noDockerfile'));
    return undefined;
  }
  if (found.length === 1) return found[0];
  const items = found.map((uri) => ({ label: vscode.workspace.asRelativePath(uri), uri }));
  const choice = await vscode.window.showQuickPick(items, { placeHolder: t('whichDockerfile') });
  return choice?.uri;
}
