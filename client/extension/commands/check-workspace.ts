// "Check Workspace": every Dockerfile of the workspace checked by the language server (with the project's config
// file, as in the editor), its problems in the Problems panel. Files go in batches, so progress shows and Cancel
// stops between batches; open Dockerfiles are left to the editor's own diagnostics.
import * as vscode from 'vscode';
import type { Diagnostic } from 'vscode-languageclient/node';
import { DOCKERFILE_GLOB, isDockerfileName, isSkippedFolder } from '../../../core/dockerfile/file-names';
import { CHECK_FILES_REQUEST } from '../../../server/protocol';
import { t } from '../l10n';
import type { Studio } from '../studio';

const BATCH = 20;
/** Hundreds of Dockerfiles in a monorepo are fine; a runaway glob is not. */
const MAX_FILES = 5000;
const EXCLUDE = '{**/node_modules/**,**/.git/**}';

let problems: vscode.DiagnosticCollection | undefined;

/** The command's own collection, created once; a Dockerfile opened in an editor drops out of it. */
function workspaceProblems(studio: Studio): vscode.DiagnosticCollection {
  if (!problems) {
    const collection = vscode.languages.createDiagnosticCollection('dockerfileStudio.workspace');
    problems = collection;
    studio.extension.subscriptions.push(
      collection,
      vscode.workspace.onDidOpenTextDocument((document) => collection.delete(document.uri)),
      { dispose: () => (problems = undefined) },
    );
  }
  return problems;
}

/** A Dockerfile by name, in no folder the CLI's `check .` would skip either. */
function isProjectDockerfile(uri: vscode.Uri): boolean {
  const parts = vscode.workspace.asRelativePath(uri, false).split('/');
  const name = parts.pop() ?? '';
  return isDockerfileName(name) && !parts.some(isSkippedFolder);
}

export const checkWorkspace = (studio: Studio) => async (): Promise<void> => {
  const client = studio.languageClient();
  if (!client) {
    void vscode.window.showErrorMessage(t('checkWorkspaceNoServer'));
    return;
  }
  const open = new Set(vscode.workspace.textDocuments.map((document) => document.uri.toString()));
  const files = (await vscode.workspace.findFiles(DOCKERFILE_GLOB, EXCLUDE, MAX_FILES)).filter(
    (uri) => isProjectDockerfile(uri) && !open.has(uri.toString()),
  );
  if (files.length === 0 && open.size === 0) {
    void vscode.window.showInformationMessage(t('checkWorkspaceNone'));
    return;
  }
  const collection = workspaceProblems(studio);
  collection.clear();
  const title = t('checkWorkspaceTitle');
  const options = { location: vscode.ProgressLocation.Notification, title, cancellable: true };
  const found = await vscode.window.withProgress(options, async (progress, cancel) => {
    let done = 0;
    let count = 0;
    while (done < files.length && !cancel.isCancellationRequested) {
      const batch = files.slice(done, done + BATCH);
      const uris = batch.map((uri) => uri.toString());
      const results = await client.sendRequest<Record<string, Diagnostic[]>>(CHECK_FILES_REQUEST, { uris });
      for (const uri of batch) {
        const diagnostics = await client.protocol2CodeConverter.asDiagnostics(results[uri.toString()] ?? []);
        collection.set(uri, diagnostics);
        count += diagnostics.length;
      }
      done += batch.length;
      const message = t('checkWorkspaceProgress', { done, total: files.length });
      progress.report({ increment: (batch.length / files.length) * 100, message });
    }
    return { done, count };
  });
  const summary =
    found.done < files.length
      ? t('checkWorkspaceStopped', { done: found.done, total: files.length })
      : t('checkWorkspaceDone', { files: found.done, problems: found.count });
  void vscode.window.showInformationMessage(summary);
  await vscode.commands.executeCommand('workbench.actions.view.problems');
};
