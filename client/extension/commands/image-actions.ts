// What a click on an image ID offers: copy it, run it, or inspect its configuration.
import * as vscode from 'vscode';
import { t } from '../l10n';
import type { Studio } from '../studio';

export const imageActions =
  (_studio: Studio) =>
  async (imageId: unknown): Promise<void> => {
    if (typeof imageId !== 'string' || imageId === '') return;
    const items = [
      { label: `$(copy) ${t('imageCopyId')}`, command: 'dockerfileStudio.copyImageId' },
      { label: `$(play) ${t('imageRun')}`, command: 'dockerfileStudio.runImageById' },
      { label: `$(json) ${t('imageInspect')}`, command: 'dockerfileStudio.inspectImage' },
    ];
    const choice = await vscode.window.showQuickPick(items, {
      title: imageId,
      placeHolder: t('imageActionsPlaceholder'),
    });
    if (choice) await vscode.commands.executeCommand(choice.command, imageId);
  };
