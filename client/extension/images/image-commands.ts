// The Images view's actions: run (in the panel or a terminal), copy the ID, inspect, remove (asking first, and
// refusing images in use with the reason), and remove every dangling image at once.
import * as vscode from 'vscode';
import { t } from '../l10n';
import type { EngineClient } from '../../engine/client';
import type { LocalImage } from '../../engine/image-list';
import type { RunRecord } from '../active-runs';
import { loadEngine } from '../bundles';
import { ensureTrusted } from '../commands/target';
import { formatSize } from '../core/image-groups';
import { errorText } from '../core/error-text';
import { plainRunOptions } from '../image-for-run';
import { runInPanel, type RunRequest } from '../run-flow';
import { openInteractiveTerminal } from '../run-terminal';
import type { Studio } from '../studio';
import { shortId } from '../studio-documents';
import type { ImageNode, ImageOfNode } from './view-nodes';

function isImage(node: unknown): node is ImageOfNode {
  return (node as ImageNode | undefined)?.kind === 'image';
}

function runRequest(studio: Studio, node: ImageOfNode): RunRequest {
  const dockerfile = node.record ? vscode.Uri.parse(node.record.dockerfile) : undefined;
  return {
    image: node.reference,
    label: node.tag ? node.reference : shortId(node.image.id),
    dockerfile,
    options: plainRunOptions(studio),
  };
}

export const runFromView =
  (studio: Studio) =>
  async (node: unknown): Promise<RunRecord | undefined> =>
    isImage(node) && ensureTrusted() ? runInPanel(studio, runRequest(studio, node)) : undefined;

export const runInteractiveFromView =
  (studio: Studio) =>
  (node: unknown): vscode.Terminal | undefined => {
    if (!isImage(node) || !ensureTrusted()) return undefined;
    const request = runRequest(studio, node);
    return openInteractiveTerminal(studio, { ...request, options: { ...request.options, keep: false } });
  };

export const copyIdFromView = (_studio: Studio) => async (node: unknown) => {
  if (isImage(node)) await vscode.commands.executeCommand('dockerfileStudio.copyImageId', node.image.id);
};

export const inspectFromView = (_studio: Studio) => async (node: unknown) =>
  isImage(node) ? vscode.commands.executeCommand('dockerfileStudio.inspectImage', node.image.id) : undefined;

/** Asks before a removal; true when the user agreed. */
export async function confirmRemoval(question: string, detail: string): Promise<boolean> {
  const remove = t('remove');
  return (await vscode.window.showWarningMessage(question, { modal: true, detail }, remove)) === remove;
}

export const removeFromView =
  (studio: Studio, refresh: () => void) =>
  async (node: unknown): Promise<boolean> => {
    if (!isImage(node) || !ensureTrusted()) return false;
    const name = node.tag ? node.reference : shortId(node.image.id);
    if (!(await confirmRemoval(t('imageRemoveConfirm', { image: name }), t('imageRemoveDetail')))) return false;
    try {
      const client = await studio.engine.connect();
      await loadEngine().removeImage(client, node.reference);
      void vscode.window.showInformationMessage(t('imageRemoved', { image: name }));
      return true;
    } catch (error) {
      showFailure(error);
      return false;
    } finally {
      refresh();
    }
  };

type DanglingNode = Extract<ImageNode, { kind: 'dangling' }>;

/** Removes every dangling image the view lists, after asking; those a container uses are kept and counted. */
export const removeDanglingFromView =
  (studio: Studio, refresh: () => void) =>
  async (node: unknown): Promise<number> => {
    if (!ensureTrusted()) return 0;
    try {
      const client = await studio.engine.connect();
      const { listImages } = loadEngine();
      const dangling =
        (node as ImageNode | undefined)?.kind === 'dangling'
          ? (node as DanglingNode).images
          : (await listImages(client)).filter((image) => image.tags.length === 0);
      if (dangling.length === 0) {
        void vscode.window.showInformationMessage(t('danglingNone'));
        return 0;
      }
      const size = formatSize(dangling.reduce((sum, image) => sum + image.size, 0));
      if (!(await confirmRemoval(t('danglingConfirm', { count: dangling.length, size }), t('danglingDetail'))))
        return 0;
      return await removeAll(studio, client, dangling);
    } catch (error) {
      showFailure(error);
      return 0;
    } finally {
      refresh();
    }
  };

async function removeAll(studio: Studio, client: EngineClient, images: readonly LocalImage[]): Promise<number> {
  const { removeImage, ImageRemoveError } = loadEngine();
  let removed = 0;
  for (const image of images) {
    try {
      await removeImage(client, image.id);
      removed++;
    } catch (error) {
      if (!(error instanceof ImageRemoveError)) studio.log.error(`Removing ${image.id} failed`, error);
    }
  }
  const kept = images.length - removed;
  const message = kept > 0 ? t('danglingKept', { removed, kept }) : t('danglingRemoved', { count: removed });
  void vscode.window.showInformationMessage(message);
  return removed;
}

function showFailure(error: unknown): void {
  const text = errorText(error, vscode.env.language, (detail) => detail);
  void vscode.window.showErrorMessage([text.message, text.hint].filter(Boolean).join(' '));
}
