// What a click on an image ID offers: copy it, run it, or inspect its configuration.
import * as vscode from 'vscode';
import type { Studio } from '../studio';

export const imageActions =
  (_studio: Studio) =>
  async (imageId: unknown): Promise<void> => {
    if (typeof imageId !== 'string' || imageId === '') return;
    const items = [
      { label: `$(copy) ${vscode.l10n.t('Copy Image ID')}`, command: 'dockerfileStudio.copyImageId' },
      { label: `$(play) ${vscode.l10n.t('Run Image')}`, command: 'dockerfileStudio.runImageById' },
      { label: `$(json) ${vscode.l10n.t('Inspect Image')}`, command: 'dockerfileStudio.inspectImage' },
    ];
    const choice = await vscode.window.showQuickPick(items, {
      title: imageId,
      placeHolder: vscode.l10n.t('What to do with this image?'),
    });
    if (choice) await vscode.commands.executeCommand(choice.command, imageId);
  };
