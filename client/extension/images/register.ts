// The Dockerfile Studio view container's two views, their actions, and what the E2E suites read of them.
import * as vscode from 'vscode';
import type { Studio } from '../studio';
import {
  ContainerLogs,
  containerLogsScheme,
  removeContainerFromView,
  showContainerOutput,
  stopContainerFromView,
} from './container-commands';
import { ContainersView, containersViewId } from './containers-view';
import {
  copyIdFromView,
  inspectFromView,
  removeDanglingFromView,
  removeFromView,
  runFromView,
  runInteractiveFromView,
} from './image-commands';
import { ImagesView, imagesViewId } from './images-view';
import type { ContainerNode, ImageNode } from './view-nodes';

/** The views as the E2E suites see them: the same nodes and items the tree shows. */
export interface ViewsApi {
  images: View<ImageNode>;
  containers: View<ContainerNode>;
}

export interface View<T> {
  children(node?: T): Promise<T[]>;
  item(node: T): vscode.TreeItem;
  /** Whether the view is on screen (its `when` clause holds and its container is open). */
  visible(): boolean;
  /** Resolves after the next refresh of the view. */
  refreshed(): Promise<void>;
}

export function registerViews(studio: Studio): { disposables: vscode.Disposable[]; api: ViewsApi } {
  const images = new ImagesView(studio, studio.records);
  const containers = new ContainersView(studio);
  const logs = new ContainerLogs(studio);
  const imagesTree = vscode.window.createTreeView(imagesViewId, { treeDataProvider: images, showCollapseAll: true });
  const containersTree = vscode.window.createTreeView(containersViewId, { treeDataProvider: containers });
  const refreshBoth = (): void => {
    images.refresh();
    containers.refresh();
  };
  const commands: Record<string, (...args: unknown[]) => unknown> = {
    'dockerfileStudio.images.refresh': () => images.refresh(),
    'dockerfileStudio.images.run': runFromView(studio),
    'dockerfileStudio.images.runInteractive': runInteractiveFromView(studio),
    'dockerfileStudio.images.copyId': copyIdFromView(studio),
    'dockerfileStudio.images.inspect': inspectFromView(studio),
    'dockerfileStudio.images.remove': removeFromView(studio, refreshBoth),
    'dockerfileStudio.images.removeDangling': removeDanglingFromView(studio, refreshBoth),
    'dockerfileStudio.containers.refresh': () => containers.refresh(),
    'dockerfileStudio.containers.stop': stopContainerFromView(studio, refreshBoth),
    'dockerfileStudio.containers.remove': removeContainerFromView(studio, refreshBoth),
    'dockerfileStudio.containers.showOutput': showContainerOutput(studio, logs),
  };
  const disposables = [
    images,
    containers,
    logs,
    imagesTree,
    containersTree,
    vscode.workspace.registerTextDocumentContentProvider(containerLogsScheme, logs),
    ...Object.entries(commands).map(([name, handler]) => vscode.commands.registerCommand(name, handler)),
  ];
  return {
    disposables,
    api: { images: viewApi(images, imagesTree), containers: viewApi(containers, containersTree) },
  };
}

interface Provider<T> {
  getChildren(node?: T): Promise<T[]>;
  getTreeItem(node: T): vscode.TreeItem;
  onDidChangeTreeData: vscode.Event<T | undefined>;
}

function viewApi<T>(provider: Provider<T>, tree: vscode.TreeView<T>): View<T> {
  return {
    children: (node) => provider.getChildren(node),
    item: (node) => provider.getTreeItem(node),
    visible: () => tree.visible,
    refreshed: () => new Promise((resolve) => once(provider.onDidChangeTreeData, resolve)),
  };
}

function once<T>(event: vscode.Event<T>, listener: () => void): void {
  const subscription = event(() => {
    subscription.dispose();
    listener();
  });
}
