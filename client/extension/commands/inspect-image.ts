// Opens an image's configuration (`docker image inspect`) as JSON in a read-only editor.
import * as vscode from 'vscode';
import { imageConfigUri } from '../studio-documents';
import type { Studio } from '../studio';

export const inspectImage =
  (_studio: Studio) =>
  async (imageId: unknown): Promise<vscode.TextDocument | undefined> => {
    if (typeof imageId !== 'string' || imageId === '') return undefined;
    const document = await vscode.workspace.openTextDocument(imageConfigUri(imageId));
    const json = await vscode.languages.setTextDocumentLanguage(document, 'json');
    await vscode.window.showTextDocument(json, { preview: true });
    return json;
  };
