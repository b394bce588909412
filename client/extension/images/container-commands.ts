// The Containers view's actions: stop, remove (asking first), and show what the container printed, as a read-only
// document under its own scheme.
import * as vscode from 'vscode';
import { t } from '../l10n';
import { loadEngine } from '../bundles';
import { errorText } from '../core/error-text';
import type { Studio } from '../studio';
import { shortId } from '../studio-documents';
import { confirmRemoval } from './image-commands';
import type { ContainerNode, ContainerOfNode } from './view-nodes';

export const containerLogsScheme = 'dockerfile-studio-logs';

function isContainer(node: unknown): node is ContainerOfNode {
  return (node as ContainerNode | undefined)?.kind === 'container';
}

function nameOf(node: ContainerOfNode): string {
  return node.container.name || shortId(node.container.id);
}

export function containerLogsUri(node: ContainerOfNode): vscode.Uri {
  return vscode.Uri.from({ scheme: containerLogsScheme, path: `/${nameOf(node)}.log`, query: node.container.id });
}

/** The logs documents; each Show Output reads them again. */
export class ContainerLogs implements vscode.TextDocumentContentProvider, vscode.Disposable {
  private readonly changed = new vscode.EventEmitter<vscode.Uri>();
  readonly onDidChange = this.changed.event;

  constructor(private readonly studio: Studio) {}

  async provideTextDocumentContent(uri: vscode.Uri): Promise<string> {
    try {
      const client = await this.studio.engine.connect();
      const text = await loadEngine().containerLogs(client, uri.query);
      return text === '' ? `${t('containerNoOutput')}\n` : text;
    } catch (error) {
      const { message } = errorText(error, vscode.env.language, (detail) => detail);
      return `${t('containerOutputFailed', { id: shortId(uri.query), detail: message })}\n`;
    }
  }

  reread(uri: vscode.Uri): void {
    this.changed.fire(uri);
  }

  dispose(): void {
    this.changed.dispose();
  }
}

export const showContainerOutput =
  (_studio: Studio, logs: ContainerLogs) =>
  async (node: unknown): Promise<vscode.TextDocument | undefined> => {
    if (!isContainer(node)) return undefined;
    const uri = containerLogsUri(node);
    logs.reread(uri);
    const document = await vscode.workspace.openTextDocument(uri);
    await vscode.window.showTextDocument(document, { preview: true });
    return document;
  };

export const stopContainerFromView =
  (studio: Studio, refresh: () => void) =>
  async (node: unknown): Promise<boolean> =>
    act(studio, node, refresh, async (client, id) => {
      await loadEngine().stopContainer(client, id, studio.config.stopTimeoutSeconds);
      return 'containerStopped';
    });

export const removeContainerFromView =
  (studio: Studio, refresh: () => void) =>
  async (node: unknown): Promise<boolean> => {
    if (!isContainer(node)) return false;
    if (!(await confirmRemoval(t('containerRemoveConfirm', { name: nameOf(node) }), node.container.status)))
      return false;
    return act(studio, node, refresh, async (client, id) => {
      await loadEngine().removeContainer(client, id);
      return 'containerRemoved';
    });
  };

type Done = 'containerStopped' | 'containerRemoved';

async function act(
  studio: Studio,
  node: unknown,
  refresh: () => void,
  action: (client: Awaited<ReturnType<Studio['engine']['connect']>>, id: string) => Promise<Done>,
): Promise<boolean> {
  if (!isContainer(node)) return false;
  try {
    const done = await action(await studio.engine.connect(), node.container.id);
    void vscode.window.showInformationMessage(
      done === 'containerStopped'
        ? t('containerStopped', { name: nameOf(node) })
        : t('containerRemoved', { name: nameOf(node) }),
    );
    return true;
  } catch (error) {
    const text = errorText(error, vscode.env.language, (detail) => detail);
    void vscode.window.showErrorMessage([text.message, text.hint].filter(Boolean).join(' '));
    return false;
  } finally {
    refresh();
  }
}
