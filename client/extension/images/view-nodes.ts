// The nodes of the Images and Containers views, and how each one looks: label, description, hover, click.
import * as vscode from 'vscode';
import { t } from '../l10n';
import type { ContainerSummary } from '../../engine/container-list';
import type { LocalImage } from '../../engine/image-list';
import { ageOf, formatSize, type TaggedImage } from '../core/image-groups';
import type { BuildRecord, LinkedLayer } from '../core/layer-links';
import { shortId } from '../studio-documents';

export interface MessageNode {
  kind: 'message';
  label: string;
  description?: string;
  tooltip?: string;
  icon: string;
  command?: vscode.Command;
}

export type ImageNode =
  | MessageNode
  | { kind: 'repository'; name: string; images: TaggedImage[]; expanded: boolean }
  | { kind: 'dangling'; images: LocalImage[] }
  | { kind: 'image'; image: LocalImage; tag: string | undefined; reference: string; record: BuildRecord | undefined }
  | { kind: 'layer'; layer: LinkedLayer; record: BuildRecord | undefined };

export type ImageOfNode = Extract<ImageNode, { kind: 'image' }>;

export type ContainerNode = MessageNode | { kind: 'container'; container: ContainerSummary };

export type ContainerOfNode = Extract<ContainerNode, { kind: 'container' }>;

/** How long ago, in the display language. */
export function ageText(createdSeconds: number, nowMs = Date.now()): string {
  const { unit, count } = ageOf(createdSeconds, nowMs);
  const texts = {
    seconds: () => t('ageSeconds', { count }),
    minutes: () => t('ageMinutes', { count }),
    hours: () => t('ageHours', { count }),
    days: () => t('ageDays', { count }),
    months: () => t('ageMonths', { count }),
    years: () => t('ageYears', { count }),
  };
  return texts[unit]();
}

export function imageItem(node: ImageNode): vscode.TreeItem {
  switch (node.kind) {
    case 'message':
      return messageItem(node);
    case 'repository': {
      const state = node.expanded ? 'Expanded' : 'Collapsed';
      const item = new vscode.TreeItem(node.name, vscode.TreeItemCollapsibleState[state]);
      item.description = String(node.images.length);
      item.iconPath = new vscode.ThemeIcon('repo');
      item.contextValue = 'repository';
      return item;
    }
    case 'dangling': {
      const item = new vscode.TreeItem(t('viewDangling'), vscode.TreeItemCollapsibleState.Collapsed);
      const size = node.images.reduce((sum, image) => sum + image.size, 0);
      item.description = `${node.images.length} · ${formatSize(size)}`;
      item.tooltip = t('viewDanglingTooltip');
      item.iconPath = new vscode.ThemeIcon('circle-slash');
      item.contextValue = 'danglingGroup';
      return item;
    }
    case 'image':
      return imageOfNodeItem(node);
    case 'layer':
      return layerItem(node.layer, node.record);
  }
}

function imageOfNodeItem(node: ImageOfNode): vscode.TreeItem {
  const { image } = node;
  const item = new vscode.TreeItem(node.tag ?? shortId(image.id), vscode.TreeItemCollapsibleState.Collapsed);
  const parts = [formatSize(image.size), ageText(image.created)];
  item.description = (node.tag ? [shortId(image.id), ...parts] : parts).join(' · ');
  const lines = [
    t('buildImageId', { id: `\`${image.id}\`` }),
    ...(image.tags.length > 0 ? [t('buildTags', { tags: image.tags.join(', ') })] : []),
    t('viewSize', { size: formatSize(image.size) }),
    t('viewCreated', { age: ageText(image.created) }),
  ];
  if (node.record) {
    const file = vscode.workspace.asRelativePath(vscode.Uri.parse(node.record.dockerfile));
    lines.push(t('viewBuiltFrom', { file, builder: node.record.builder }));
  }
  item.tooltip = new vscode.MarkdownString(lines.join('\n\n'));
  item.iconPath = new vscode.ThemeIcon('package');
  item.contextValue = node.tag ? 'image' : 'image.dangling';
  return item;
}

const maxLabel = 80;

function layerItem(layer: LinkedLayer, record: BuildRecord | undefined): vscode.TreeItem {
  const text = layer.instruction || t('layerNoInstruction');
  const label = text.length > maxLabel ? `${text.slice(0, maxLabel - 1)}…` : text;
  const item = new vscode.TreeItem(label, vscode.TreeItemCollapsibleState.None);
  const line = layer.line;
  item.description = [
    formatSize(layer.entry.size),
    ageText(layer.entry.created),
    ...(line !== undefined ? [t('layerLine', { line: line + 1 })] : []),
  ].join(' · ');
  item.tooltip = layerTooltip(layer, text, record);
  item.iconPath = new vscode.ThemeIcon(layer.fromBase ? 'archive' : 'layers');
  item.contextValue = 'layer';
  if (record && line !== undefined) {
    const selection = new vscode.Range(line, 0, line, 0);
    item.command = {
      command: 'vscode.open',
      title: t('layerOpens', { file: fileOf(record), line: line + 1 }),
      arguments: [vscode.Uri.parse(record.dockerfile), { selection, preview: true }],
    };
  }
  return item;
}

function layerTooltip(layer: LinkedLayer, text: string, record: BuildRecord | undefined): vscode.MarkdownString {
  const lines = [`\`${text}\``];
  const { source } = layer;
  const intermediate = source?.imageId ?? layer.entry.id;
  if (intermediate) lines.push(t('layerIntermediate', { id: shortId(intermediate) }));
  if (source?.containerId) lines.push(t('layerContainer', { id: source.containerId }));
  if (source) lines.push(source.cached ? t('layerReused') : t('layerBuilt'));
  if (layer.fromBase && record) lines.push(t('layerFromBase', { line: record.fromLine + 1 }));
  if (record && layer.line !== undefined) lines.push(t('layerOpens', { file: fileOf(record), line: layer.line + 1 }));
  else lines.push(t('layerUnlinked'));
  const markdown = new vscode.MarkdownString(lines.join('\n\n'));
  markdown.supportThemeIcons = false;
  return markdown;
}

function fileOf(record: BuildRecord): string {
  return vscode.workspace.asRelativePath(vscode.Uri.parse(record.dockerfile));
}

export function containerItem(node: ContainerNode): vscode.TreeItem {
  if (node.kind === 'message') return messageItem(node);
  const { container } = node;
  const running = container.state === 'running';
  const item = new vscode.TreeItem(container.name || shortId(container.id));
  item.description = `${container.image} · ${container.status}`;
  item.tooltip = new vscode.MarkdownString(
    [`\`${container.id}\``, `${container.image} (${shortId(container.imageId)})`, container.status].join('\n\n'),
  );
  item.iconPath = new vscode.ThemeIcon(running ? 'vm-running' : 'vm-outline');
  item.contextValue = running ? 'container.running' : 'container.stopped';
  item.command = {
    command: 'dockerfileStudio.containers.showOutput',
    title: t('showOutput'),
    arguments: [node],
  };
  return item;
}

function messageItem(node: MessageNode): vscode.TreeItem {
  const item = new vscode.TreeItem(node.label);
  if (node.description) item.description = node.description;
  if (node.tooltip) item.tooltip = node.tooltip;
  item.iconPath = new vscode.ThemeIcon(node.icon);
  if (node.command) item.command = node.command;
  item.contextValue = 'message';
  return item;
}
