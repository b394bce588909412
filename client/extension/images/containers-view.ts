// The Containers view: the containers Dockerfile Studio's runs started (they carry its run label), running or
// stopped; runs that removed their container (--rm) leave nothing here once they end.
import type * as vscode from 'vscode';
import { loadEngine } from '../bundles';
import type { Studio } from '../studio';
import { engineOrGuidance, failureNode, Refresher } from './engine-view';
import { containerItem, type ContainerNode } from './view-nodes';

export const containersViewId = 'dockerfileStudio.containers';

export class ContainersView implements vscode.TreeDataProvider<ContainerNode>, vscode.Disposable {
  private readonly refresher: Refresher<ContainerNode>;
  readonly onDidChangeTreeData: vscode.Event<ContainerNode | undefined>;

  constructor(private readonly studio: Studio) {
    this.refresher = new Refresher(studio, [studio.runs.onDidChange], 1500);
    this.onDidChangeTreeData = this.refresher.onDidChange;
  }

  refresh(): void {
    this.refresher.soon();
  }

  getTreeItem(node: ContainerNode): vscode.TreeItem {
    return containerItem(node);
  }

  async getChildren(node?: ContainerNode): Promise<ContainerNode[]> {
    if (node) return [];
    const client = await engineOrGuidance(this.studio);
    if (Array.isArray(client)) return client;
    try {
      const containers = await loadEngine().listContainers(client);
      return containers.map((container): ContainerNode => ({ kind: 'container', container }));
    } catch (error) {
      return [failureNode(this.studio, error)];
    }
  }

  dispose(): void {
    this.refresher.dispose();
  }
}
