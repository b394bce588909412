// Image IDs in the Dockerfile Studio panel are links: each opens the image actions (copy, run, inspect).
import * as vscode from 'vscode';
import { t } from './l10n';
import { findImageIds } from './core/image-ids';
import { panelLanguageId } from './panel';

export function imageActionsUri(imageId: string): vscode.Uri {
  return vscode.Uri.parse(`command:dockerfileStudio.imageActions?${encodeURIComponent(JSON.stringify([imageId]))}`);
}

class ImageLinks implements vscode.DocumentLinkProvider {
  provideDocumentLinks(document: vscode.TextDocument): vscode.DocumentLink[] {
    const links: vscode.DocumentLink[] = [];
    for (let line = 0; line < document.lineCount; line++) {
      for (const found of findImageIds(document.lineAt(line).text)) {
        const link = new vscode.DocumentLink(
          new vscode.Range(line, found.start, line, found.end),
          imageActionsUri(found.id),
        );
        link.tooltip = t('imageLinkTooltip');
        links.push(link);
      }
    }
    return links;
  }
}

export function registerImageLinks(): vscode.Disposable {
  return vscode.languages.registerDocumentLinkProvider(
    { scheme: 'output', language: panelLanguageId },
    new ImageLinks(),
  );
}
