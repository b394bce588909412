// A build of one Dockerfile: pack the context, stream the build into the panel, then pin the outcome to its lines.
import * as path from 'node:path';
import * as vscode from 'vscode';
import { formatDuration, t } from './l10n';
import type { BuildResult } from '../engine/build-events';
import type { DockerfileAst } from '../../core/parser/ast';
import { plannedStepCount } from '../../core/dockerfile/steps';
import type { BuildOutcome, FailureNote, LayerNote } from './build-outcomes';
import { BuildProgress } from './build-progress';
import { loadEngine } from './bundles';
import { instructionSpanAt } from './core/dockerfile-facts';
import { errorText, type ErrorText } from './core/error-text';
import { dockerfileFingerprint } from './core/fingerprint';
import { astOf } from './dockerfile-asts';
import { imageActionsUri } from './image-links';
import { offerEngineHelp } from './engine-help';
import type { BuildSettings } from './memory';
import type { Studio } from './studio';
import { shortId } from './studio-documents';

interface Prepared {
  uri: vscode.Uri;
  text: string;
  ast: DockerfileAst;
  contextDir: string;
  settings: BuildSettings;
}

/** Builds the Dockerfile with these settings; resolves with the outcome, whatever happened. */
export async function buildDockerfile(studio: Studio, uri: vscode.Uri, settings: BuildSettings): Promise<BuildOutcome> {
  const document = await vscode.workspace.openTextDocument(uri);
  if (document.isDirty) await document.save();
  const prepared: Prepared = {
    uri,
    text: document.getText(),
    ast: astOf(document),
    contextDir: contextDirFor(studio, uri),
    settings,
  };
  await studio.memory.remember(uri, { build: settings });
  studio.builds.clearNotes(uri);
  const title = t('buildProgressTitle', { target: settings.tag || vscode.workspace.asRelativePath(uri) });
  return vscode.window.withProgress(
    { location: vscode.ProgressLocation.Notification, title, cancellable: true },
    (progress, token) => runBuild(studio, prepared, progress, token),
  );
}

async function runBuild(
  studio: Studio,
  prepared: Prepared,
  progress: vscode.Progress<{ message?: string; increment?: number }>,
  token: vscode.CancellationToken,
): Promise<BuildOutcome> {
  const abort = new AbortController();
  const cancel = token.onCancellationRequested(() => abort.abort());
  const started = Date.now();
  const { settings } = prepared;
  studio.panel.begin(
    `${t('build')} ${vscode.workspace.asRelativePath(prepared.uri)}${settings.tag ? ` → ${settings.tag}` : ''}`,
  );
  try {
    const client = await studio.engine.connect(abort.signal);
    const { buildImage, planBuild } = loadEngine();
    const plan = planBuild(client, prepared.ast, studio.config.builder);
    const planned = plannedStepCount(prepared.ast, plan.numbering, settings.target);
    const shown = new BuildProgress(studio.panel, progress, planned);
    const result = await buildImage(
      client,
      {
        // The folder: BuildKit syncs it through a session (only changed files), other builders get a tar.
        contextDir: prepared.contextDir,
        dockerfilePath: prepared.uri.fsPath,
        plan,
        tags: settings.tag ? [settings.tag] : [],
        buildArgs: settings.buildArgs,
        target: settings.target,
        noCache: settings.noCache,
        networkMode: studio.config.buildNetwork,
        pull: studio.config.pull,
        // Cancel (the notification's button) aborts this signal: the build is cancelled in the engine too.
        signal: abort.signal,
      },
      shown.onEvent,
    );
    return await succeeded(studio, prepared, result, Date.now() - started);
  } catch (error) {
    return failed(studio, prepared, error, Date.now() - started);
  } finally {
    cancel.dispose();
  }
}

async function succeeded(
  studio: Studio,
  prepared: Prepared,
  result: BuildResult,
  elapsedMs: number,
): Promise<BuildOutcome> {
  const { panel } = studio;
  panel.line('');
  panel.line(t('buildImageId', { id: result.imageId }));
  if (result.tags.length > 0) panel.line(t('buildTags', { tags: result.tags.join(', ') }));
  panel.line(t('buildDone', { duration: formatDuration(elapsedMs), builder: result.builder }));
  const outcome: BuildOutcome = {
    dockerfile: prepared.uri.toString(),
    ok: true,
    imageId: result.imageId,
    tags: result.tags,
    builder: result.builder,
    elapsedMs,
    steps: result.steps,
    error: undefined,
  };
  studio.builds.record(prepared.uri, outcome, layerNotes(prepared.ast, result), undefined);
  await studio.memory.remember(prepared.uri, {
    image: { imageId: result.imageId, tags: result.tags, fingerprint: dockerfileFingerprint(prepared.text) },
  });
  await studio.records.remember(prepared.uri, prepared.ast, prepared.settings.target, result);
  void announce(result, elapsedMs, prepared.uri);
  return outcome;
}

function failed(studio: Studio, prepared: Prepared, error: unknown, elapsedMs: number): BuildOutcome {
  const text = errorText(error, vscode.env.language, (detail) => t('buildUnexpected', { detail }));
  const cancelled = text.kind === 'cancelled';
  studio.panel.line('');
  const headline = text.kind === 'build' ? text.message : t('buildFailed', { detail: text.message });
  studio.panel.line(cancelled ? t('buildCancelled', { duration: formatDuration(elapsedMs) }) : headline);
  if (text.hint && !cancelled) studio.panel.line(text.hint);
  const failure = cancelled ? undefined : failureNote(prepared.ast, error, text);
  const steps = (error as { steps?: BuildOutcome['steps'] }).steps ?? [];
  const outcome: BuildOutcome = {
    dockerfile: prepared.uri.toString(),
    ok: false,
    imageId: undefined,
    tags: [],
    builder: undefined,
    elapsedMs,
    steps,
    error: text.message,
  };
  studio.builds.record(prepared.uri, outcome, [], failure);
  if (!cancelled && !offerEngineHelp(studio, error, text)) void showBuildError(studio, headline);
  return outcome;
}

function layerNotes(ast: DockerfileAst, result: BuildResult): LayerNote[] {
  const byLine = new Map<number, LayerNote>();
  for (const step of result.steps) {
    if (step.internal || step.line === undefined) continue;
    const span = instructionSpanAt(ast, step.line);
    if (span) byLine.set(step.line, { ...span, step, builder: result.builder });
  }
  return [...byLine.values()];
}

function failureNote(ast: DockerfileAst, error: unknown, text: ErrorText): FailureNote | undefined {
  const line = (error as { line?: unknown }).line;
  if (typeof line !== 'number') return undefined;
  const span = instructionSpanAt(ast, line) ?? { startLine: line, endLine: line };
  const engineMessage = (error as { engineMessage?: unknown }).engineMessage;
  return { ...span, message: typeof engineMessage === 'string' ? engineMessage : text.message };
}

async function announce(result: BuildResult, elapsedMs: number, uri: vscode.Uri): Promise<void> {
  const copy = t('copyId');
  const run = t('run');
  const inspect = t('inspect');
  const name = result.tags[0] ? ` (${result.tags[0]})` : '';
  const link = `[${shortId(result.imageId)}](${imageActionsUri(result.imageId).toString()})`;
  const choice = await vscode.window.showInformationMessage(
    t('buildNotice', { image: link, name, duration: formatDuration(elapsedMs) }),
    copy,
    run,
    inspect,
  );
  if (choice === copy) await vscode.commands.executeCommand('dockerfileStudio.copyImageId', result.imageId);
  if (choice === run) await vscode.commands.executeCommand('dockerfileStudio.runImage', uri);
  if (choice === inspect) await vscode.commands.executeCommand('dockerfileStudio.inspectImage', result.imageId);
}

async function showBuildError(studio: Studio, headline: string): Promise<void> {
  const show = t('showOutput');
  const choice = await vscode.window.showErrorMessage(headline, show);
  if (choice === show) studio.panel.show();
}

function contextDirFor(studio: Studio, uri: vscode.Uri): string {
  const folder =
    studio.config.buildContext === 'workspaceFolder' ? vscode.workspace.getWorkspaceFolder(uri) : undefined;
  return folder ? folder.uri.fsPath : path.dirname(uri.fsPath);
}
