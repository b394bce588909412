// Files in the test workspace (a fresh copy of test/vscode/fixtures/workspace for each run).
import * as assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as path from 'node:path';
import * as vscode from 'vscode';

export function workspaceRoot(): string {
  const folder = vscode.workspace.workspaceFolders?.[0];
  assert.ok(folder, 'the runner opens a workspace folder');
  return folder.uri.fsPath;
}

export function workspaceUri(relative: string): vscode.Uri {
  return vscode.Uri.file(path.join(workspaceRoot(), relative));
}

/** Writes `text` to `relative` (folders created), opens it in an editor, and returns the editor. */
export async function openFile(relative: string, text?: string): Promise<vscode.TextEditor> {
  const uri = workspaceUri(relative);
  if (text !== undefined) {
    fs.mkdirSync(path.dirname(uri.fsPath), { recursive: true });
    fs.writeFileSync(uri.fsPath, text);
  }
  const document = await vscode.workspace.openTextDocument(uri);
  return vscode.window.showTextDocument(document, { preview: false });
}

/** Position of the first `needle` on `line`, or of the line's start. */
export function positionOf(document: vscode.TextDocument, line: number, needle = ''): vscode.Position {
  const column = document.lineAt(line).text.indexOf(needle);
  assert.ok(column >= 0, `"${needle}" is not on line ${line + 1}: ${document.lineAt(line).text}`);
  return new vscode.Position(line, column);
}

/** Reverts unsaved edits (so the next test reads the file as written) and closes every editor. */
export async function closeAllEditors(): Promise<void> {
  for (const document of vscode.workspace.textDocuments.filter((d) => d.isDirty && d.uri.scheme === 'file')) {
    await vscode.window.showTextDocument(document);
    await vscode.commands.executeCommand('workbench.action.files.revert');
  }
  await vscode.commands.executeCommand('workbench.action.closeAllEditors');
}
