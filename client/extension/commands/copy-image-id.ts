// Copies an image ID to the clipboard.
import * as vscode from 'vscode';
import { t } from '../l10n';
import type { Studio } from '../studio';

export const copyImageId =
  (_studio: Studio) =>
  async (imageId: unknown): Promise<void> => {
    if (typeof imageId !== 'string' || imageId === '') return;
    await vscode.env.clipboard.writeText(imageId);
    void vscode.window.setStatusBarMessage(t('imageCopied', { id: imageId }), 3000);
  };
