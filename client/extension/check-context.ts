// What the language server cannot know by itself, sent to it off the typing path:
// - each Dockerfile's build arguments: the `dockerfileStudio.build.args` setting, overridden by its last build's;
// - what the local engine knows of the base images (environment, platform), for UndefinedVar and
//   InvalidBaseImagePlatform. Images are inspected when a Dockerfile is opened or saved, or names an image not seen
//   yet; only in a trusted workspace, and only once the engine answered. Facts are kept per image ID.
import * as vscode from 'vscode';
import type { LanguageClient } from 'vscode-languageclient/node';
import { baseImages, type Platform } from '../../core/dockerfile/global-args';
import { BUILD_ARGS, IMAGES } from '../../server/protocol';
import { loadEngine } from './bundles';
import { section } from './config';
import { ImageFactsCache } from './core/image-facts-cache';
import { astOf } from './dockerfile-asts';
import type { Studio } from './studio';

const INSPECT_TIMEOUT_MS = 3000;
/** A change that names a new image is looked at once typing pauses this long. */
const SETTLE_MS = 800;

export class CheckContext implements vscode.Disposable {
  private readonly sentArgs = new Map<string, string>();
  private readonly images = new ImageFactsCache(async (ref) => {
    const engine = await this.studio.engine.connect();
    return loadEngine().inspectImage(engine, ref, { signal: AbortSignal.timeout(INSPECT_TIMEOUT_MS) });
  });
  private platform: Platform | undefined;
  private sentImages = '';
  private readonly timers = new Map<string, ReturnType<typeof setTimeout>>();
  private readonly disposables: vscode.Disposable[];

  constructor(
    private readonly studio: Studio,
    private readonly client: LanguageClient,
  ) {
    const refreshAll = (): void => this.openDockerfiles().forEach((document) => void this.refresh(document, true));
    this.disposables = [
      vscode.workspace.onDidOpenTextDocument((document) => void this.refresh(document, true)),
      vscode.workspace.onDidSaveTextDocument((document) => void this.refresh(document, true)),
      vscode.workspace.onDidChangeTextDocument(({ document }) => this.settle(document)),
      vscode.workspace.onDidChangeConfiguration((event) => {
        if (event.affectsConfiguration(`${section}.build.args`)) refreshAll();
      }),
      vscode.workspace.onDidGrantWorkspaceTrust(refreshAll),
      studio.engine.onDidChange((state) => {
        if (state.kind === 'ready') refreshAll();
      }),
      studio.memory.onDidRemember(refreshAll),
    ];
    refreshAll();
  }

  dispose(): void {
    this.disposables.forEach((d) => void d.dispose());
    this.timers.forEach((timer) => clearTimeout(timer));
  }

  private openDockerfiles(): vscode.TextDocument[] {
    return vscode.workspace.textDocuments.filter((document) => document.languageId === 'dockerfile');
  }

  private settle(document: vscode.TextDocument): void {
    if (document.languageId !== 'dockerfile') return;
    const key = document.uri.toString();
    clearTimeout(this.timers.get(key));
    this.timers.set(
      key,
      setTimeout(() => void this.refresh(document, false), SETTLE_MS),
    );
  }

  /** Sends the document's build arguments, and inspects its base images (all of them, or only new ones). */
  private async refresh(document: vscode.TextDocument, reinspect: boolean): Promise<void> {
    if (document.languageId !== 'dockerfile' || document.isClosed) return;
    const buildArgs = this.buildArgsOf(document.uri);
    this.sendBuildArgs(document.uri, buildArgs);
    if (!vscode.workspace.isTrusted || this.studio.engine.state.kind !== 'ready') return;
    const refs = baseImages(astOf(document), { buildArgs, platform: this.platform }).map(({ ref }) => ref);
    const wanted = refs.filter((ref) => this.images.wants(ref, reinspect));
    if (wanted.length === 0) return;
    try {
      this.platform ??= await loadEngine().enginePlatform(await this.studio.engine.connect());
    } catch {
      return; // The engine went away: the status item says so; the rules keep what they knew.
    }
    await this.images.update(wanted);
    this.sendImages();
  }

  private buildArgsOf(uri: vscode.Uri): Record<string, string> {
    const setting = vscode.workspace.getConfiguration(section, uri).get<Record<string, string>>('build.args', {});
    return { ...setting, ...this.studio.memory.plainBuildArgs(uri) };
  }

  private sendBuildArgs(uri: vscode.Uri, buildArgs: Record<string, string>): void {
    const key = uri.toString();
    const text = JSON.stringify(buildArgs);
    if (this.sentArgs.get(key) === text) return;
    this.sentArgs.set(key, text);
    void this.client.sendNotification(BUILD_ARGS, { uri: key, buildArgs });
  }

  /** Every reference the engine knows, with its image's facts; sent only when that changed. */
  private sendImages(): void {
    const images = this.images.snapshot();
    const text = JSON.stringify([images, this.platform]);
    if (text === this.sentImages) return;
    this.sentImages = text;
    void this.client.sendNotification(IMAGES, { images, platform: this.platform });
  }
}
