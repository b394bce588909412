// The walkthrough's buttons: write the seed's Dockerfile, and add a second CMD to see the editor's warning.
import * as vscode from 'vscode';
import { t } from '../l10n';
import { astOf } from '../dockerfile-asts';
import type { Studio } from '../studio';

/** Where the first step writes the seed's Dockerfile, inside the first workspace folder. */
export const sampleFolder = 'docker-hello';

/** The seed's Dockerfile: a base image, a RUN that makes a layer, and the command the container runs. */
export const sampleDockerfile = [
  'FROM alpine',
  'RUN echo "hello from a layer" > /hello.txt',
  'CMD ["echo", "hello"]',
  '',
].join('\n');

/** Creates `docker-hello/Dockerfile` (kept as it is when it exists) and opens it. */
export const createDockerfile = (studio: Studio) => async (): Promise<vscode.Uri | undefined> => {
  const folder = vscode.workspace.workspaceFolders?.[0];
  if (!folder) {
    const open = t('learnOpenFolder');
    if ((await vscode.window.showInformationMessage(t('learnNeedsFolder'), open)) === open)
      await vscode.commands.executeCommand('workbench.action.files.openFolder');
    return undefined;
  }
  const uri = vscode.Uri.joinPath(folder.uri, sampleFolder, 'Dockerfile');
  const exists = await vscode.workspace.fs.stat(uri).then(
    () => true,
    () => false,
  );
  if (!exists) await vscode.workspace.fs.writeFile(uri, new TextEncoder().encode(sampleDockerfile));
  await vscode.window.showTextDocument(uri, { preview: false });
  studio.milestones.reach('wroteDockerfile');
  return uri;
};

/**
 * Puts `CMD ["echo", "bye"]` just before the last CMD of the open Dockerfile: the editor then warns that the first
 * one has no effect, and its quick fix removes it, leaving the learner's `hello` in place.
 */
export const addSecondCmd = (_studio: Studio) => async (): Promise<boolean> => {
  const editor = vscode.window.visibleTextEditors.find((shown) => shown.document.languageId === 'dockerfile');
  if (!editor) {
    void vscode.window.showInformationMessage(t('learnNeedsDockerfile'));
    return false;
  }
  const document = editor.document;
  const last = astOf(document)
    .stages.at(-1)
    ?.instructions.filter((instruction) => instruction.keyword === 'CMD')
    .at(-1);
  const line = last ? last.range.start.line : document.lineCount;
  const text = 'CMD ["echo", "bye"]\n';
  const at = new vscode.Position(line, 0);
  const shown = await vscode.window.showTextDocument(document, { viewColumn: editor.viewColumn });
  const done = await shown.edit((edit) => edit.insert(at, line < document.lineCount ? text : `\n${text}`));
  shown.selection = new vscode.Selection(at, at);
  return done;
};
