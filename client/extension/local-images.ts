// Sends the language server the local engine's image names for FROM completion (the server never contacts the
// engine). Fetched off the typing path: when the engine answers and after each build, only in a trusted workspace,
// silently when there is no engine.
import * as vscode from 'vscode';
import type { LanguageClient } from 'vscode-languageclient/node';
import { LOCAL_IMAGES } from '../../server/protocol';
import { loadEngine } from './bundles';
import { localImageNames } from './core/local-image-names';
import type { Studio } from './studio';

const LIST_TIMEOUT_MS = 5000;

export class LocalImages implements vscode.Disposable {
  private sent = '';
  private listing = false;
  private readonly disposables: { dispose(): void }[];

  constructor(
    private readonly studio: Studio,
    private readonly client: LanguageClient,
  ) {
    const refresh = (): void => void this.refresh();
    this.disposables = [
      studio.engine.onDidChange((state) => {
        if (state.kind === 'ready') refresh();
      }),
      studio.records.onDidRecord(refresh),
      vscode.workspace.onDidGrantWorkspaceTrust(refresh),
    ];
    refresh();
  }

  dispose(): void {
    this.disposables.forEach((d) => void d.dispose());
  }

  private async refresh(): Promise<void> {
    if (!vscode.workspace.isTrusted || this.studio.engine.state.kind !== 'ready' || this.listing) return;
    this.listing = true;
    try {
      const engine = await this.studio.engine.connect();
      const images = await loadEngine().listImages(engine, { signal: AbortSignal.timeout(LIST_TIMEOUT_MS) });
      const names = localImageNames(images);
      const text = JSON.stringify(names);
      if (text === this.sent) return;
      this.sent = text;
      await this.client.sendNotification(LOCAL_IMAGES, { images: names });
    } catch {
      // No engine, or it went away: completion simply offers no local images; the status item says why.
    } finally {
      this.listing = false;
    }
  }
}
