// Opens the guide to connecting an engine, next to the settings that matter.
import * as vscode from 'vscode';
import { engineGuideUri } from '../studio-documents';
import type { Studio } from '../studio';

export const howToFixEngine = (_studio: Studio) => async (): Promise<void> => {
  await vscode.commands.executeCommand('markdown.showPreview', engineGuideUri);
};
