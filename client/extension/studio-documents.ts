// Read-only documents under the `dockerfile-studio:` scheme: the engine guide and inspected image configs.
import * as vscode from 'vscode';
import { t } from './l10n';
import { loadEngine } from './bundles';
import { errorText } from './core/error-text';
import { engineGuide } from './engine-guide';
import type { Studio } from './studio';

export const studioScheme = 'dockerfile-studio';

export const engineGuideUri = vscode.Uri.from({ scheme: studioScheme, path: '/how-to-connect-an-engine.md' });

export function imageConfigUri(imageId: string): vscode.Uri {
  return vscode.Uri.from({ scheme: studioScheme, path: `/image/${shortId(imageId)}.json`, query: imageId });
}

export function shortId(imageId: string): string {
  return imageId.replace(/^sha256:/, '').slice(0, 12);
}

/** How messages and lenses name an image: its first tag, else its short ID. */
export function imageLabel(image: { imageId: string; tags: readonly string[] }): string {
  return image.tags[0] ?? shortId(image.imageId);
}

export class StudioDocuments implements vscode.TextDocumentContentProvider {
  constructor(private readonly studio: Studio) {}

  async provideTextDocumentContent(uri: vscode.Uri, token: vscode.CancellationToken): Promise<string> {
    if (uri.path === engineGuideUri.path) return engineGuide(this.studio.engine.state);
    if (uri.path.startsWith('/image/')) return this.imageConfig(uri.query, token);
    return '';
  }

  private async imageConfig(imageId: string, token: vscode.CancellationToken): Promise<string> {
    const abort = new AbortController();
    const subscription = token.onCancellationRequested(() => abort.abort());
    try {
      const client = await this.studio.engine.connect(abort.signal);
      const { inspectImage } = loadEngine();
      const inspected = await inspectImage(client, imageId, { signal: abort.signal });
      return `${JSON.stringify(inspected, null, 2)}\n`;
    } catch (error) {
      const { message } = errorText(error, vscode.env.language, (detail) => detail);
      return `${JSON.stringify({ error: t('imageInspectFailed', { id: imageId, detail: message }) }, null, 2)}\n`;
    } finally {
      subscription.dispose();
    }
  }
}
