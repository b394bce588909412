// The Images view: local images by repository (dangling ones apart); expanding an image lists its layers from the
// engine's history, each linked to the Dockerfile line that made it when the image was built here.
import * as vscode from 'vscode';
import { loadEngine } from '../bundles';
import { groupImages } from '../core/image-groups';
import { linkHistory } from '../core/layer-links';
import type { Studio } from '../studio';
import type { BuildRecords } from './build-records';
import { engineOrGuidance, failureNode, Refresher } from './engine-view';
import { imageItem, type ImageNode, type ImageOfNode } from './view-nodes';

export const imagesViewId = 'dockerfileStudio.images';

/** Repositories start expanded when there are at most this many. */
const expandUpTo = 5;

export class ImagesView implements vscode.TreeDataProvider<ImageNode>, vscode.Disposable {
  private readonly refresher: Refresher<ImageNode>;
  readonly onDidChangeTreeData: vscode.Event<ImageNode | undefined>;

  constructor(
    private readonly studio: Studio,
    private readonly records: BuildRecords,
  ) {
    this.refresher = new Refresher(studio, [records.onDidRecord, studio.runs.onDidChange]);
    this.onDidChangeTreeData = this.refresher.onDidChange;
  }

  refresh(): void {
    this.refresher.soon();
  }

  getTreeItem(node: ImageNode): vscode.TreeItem {
    return imageItem(node);
  }

  async getChildren(node?: ImageNode): Promise<ImageNode[]> {
    if (!node) return this.roots();
    switch (node.kind) {
      case 'repository':
        return node.images.map(({ repository, tag, image }) => this.imageNode(image, tag, `${repository}:${tag}`));
      case 'dangling':
        return node.images.map((image) => this.imageNode(image, undefined, image.id));
      case 'image':
        return this.layers(node);
      default:
        return [];
    }
  }

  private imageNode(image: ImageOfNode['image'], tag: string | undefined, reference: string): ImageOfNode {
    return { kind: 'image', image, tag, reference, record: this.records.forImage(image.id) };
  }

  private async roots(): Promise<ImageNode[]> {
    const client = await engineOrGuidance(this.studio);
    if (Array.isArray(client)) return client;
    try {
      const { repositories, dangling } = groupImages(await loadEngine().listImages(client));
      const expanded = repositories.length <= expandUpTo;
      return [
        ...repositories.map((repository): ImageNode => ({ kind: 'repository', ...repository, expanded })),
        ...(dangling.length > 0 ? [{ kind: 'dangling' as const, images: dangling }] : []),
      ];
    } catch (error) {
      return [failureNode(this.studio, error)];
    }
  }

  private async layers(node: ImageOfNode): Promise<ImageNode[]> {
    const client = await engineOrGuidance(this.studio);
    if (Array.isArray(client)) return client;
    try {
      const history = await loadEngine().imageHistory(client, node.image.id);
      const layers = linkHistory(history, node.record).map(
        (layer): ImageNode => ({ kind: 'layer', layer, record: node.record }),
      );
      if (layers.length > 0) this.studio.milestones.reach('sawLayers');
      return layers;
    } catch (error) {
      return [failureNode(this.studio, error)];
    }
  }

  dispose(): void {
    this.refresher.dispose();
  }
}
