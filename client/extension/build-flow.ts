// A build of one Dockerfile: pack the context, stream the build into the panel, then pin the outcome to its lines.
import * as path from 'node:path';
import * as vscode from 'vscode';
import { formatDuration, t } from './l10n';
import type { BuildResult, BuilderKind, BuildStep } from '../engine/build-events';
import type { BuildOptions } from '../engine/build';
import type { EngineClient } from '../engine/client';
import { isMissingNetwork } from '../engine/networks';
import { resolveLocale } from '../../core/l10n';
import type { DockerfileAst } from '../../core/parser/ast';
import { plannedSteps } from '../../core/dockerfile/steps';
import type { BuildOutcome, FailureNote, LayerNote } from './build-outcomes';
import { BuildProgress } from './build-progress';
import { loadEngine } from './bundles';
import { failureHeadline, planSteps, titleAt } from './core/build-view';
import { instructionSpanAt } from './core/dockerfile-facts';
import { errorText, type ErrorText } from './core/error-text';
import { dockerfileFingerprint } from './core/fingerprint';
import { astOf } from './dockerfile-asts';
import { imageActionsUri } from './image-links';
import { offerEngineHelp } from './engine-help';
import type { BuildSettings } from './memory';
import type { Studio } from './studio';
import { shortId } from './studio-documents';
import { removeSupersededImage } from './superseded-image';

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
  const title = `${t('build')} ${vscode.workspace.asRelativePath(prepared.uri)}${settings.tag ? ` → ${settings.tag}` : ''}`;
  studio.panel.begin(title);
  studio.rawLog.begin(title, false);
  let shown: BuildProgress | undefined;
  try {
    const client = await studio.engine.connect(abort.signal);
    const { buildImage, planBuild } = loadEngine();
    const plan = planBuild(client, prepared.ast, studio.config.builder);
    const planned = planSteps(plannedSteps(prepared.ast, plan.numbering, settings.target));
    shown = new BuildProgress(studio.panel, studio.rawLog, progress, planned, plan.builder);
    const options = await engineOptions(studio, client, prepared, abort.signal);
    const result = await buildImage(client, { ...options, plan }, shown.onEvent);
    shown.dispose();
    await removeSupersededImage(studio, client, studio.memory.builtImage(prepared.uri), result);
    return await succeeded(studio, prepared, result, Date.now() - started);
  } catch (error) {
    shown?.dispose();
    return failed(studio, prepared, error, Date.now() - started, shown);
  } finally {
    cancel.dispose();
  }
}

/** What the engine build gets from these settings: the same options the CLI's `build` passes. */
async function engineOptions(
  studio: Studio,
  client: EngineClient,
  prepared: Prepared,
  signal: AbortSignal,
): Promise<BuildOptions> {
  const { settings } = prepared;
  const { parseSecretSpec, parseSshSpec } = loadEngine();
  const parsed = <T>(specs: string[] | undefined, parse: (spec: string) => T | undefined): T[] =>
    (specs ?? []).map((spec) => parse(spec) ?? raise(new Error(`not a build option: ${spec}`)));
  return {
    // The folder: BuildKit syncs it through a session (only changed files), other builders get a tar.
    contextDir: prepared.contextDir,
    dockerfilePath: prepared.uri.fsPath,
    tags: settings.tag ? [settings.tag] : [],
    buildArgs: settings.buildArgs,
    target: settings.target,
    noCache: settings.noCache,
    networkMode: studio.config.buildNetwork ?? (await defaultNetwork(studio, client, signal)),
    pull: settings.pull ?? studio.config.pull,
    labels: settings.labels ?? {},
    platform: settings.platform,
    cacheFrom: settings.cacheFrom ?? [],
    secrets: parsed(settings.secrets, (spec) => parseSecretSpec(spec, prepared.contextDir)),
    ssh: parsed(settings.ssh, parseSshSpec),
    // Cancel (the notification's button) aborts this signal: the build is cancelled in the engine too.
    signal,
  };
}

/** The engine's default network for RUN steps, or none where it has no bridge (said in the panel). */
async function defaultNetwork(studio: Studio, client: EngineClient, signal: AbortSignal): Promise<string | undefined> {
  const network = await loadEngine()
    .defaultBuildNetwork(client, signal)
    .catch(() => undefined);
  if (network) studio.panel.line(t('buildNetworkNone'));
  return network;
}

function raise(error: Error): never {
  throw error;
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
  studio.builds.record(prepared.uri, outcome, layerNotes(prepared.ast, result.steps, result.builder), undefined);
  await studio.memory.remember(prepared.uri, {
    image: { imageId: result.imageId, tags: result.tags, fingerprint: dockerfileFingerprint(prepared.text) },
  });
  await studio.records.remember(prepared.uri, prepared.ast, prepared.settings.target, result);
  void announce(result, elapsedMs, prepared.uri);
  return outcome;
}

function failed(
  studio: Studio,
  prepared: Prepared,
  error: unknown,
  elapsedMs: number,
  shown: BuildProgress | undefined,
): BuildOutcome {
  const text = errorText(error, vscode.env.language, (detail) => t('buildUnexpected', { detail }));
  const cancelled = text.kind === 'cancelled';
  const engineMessage = (error as { engineMessage?: unknown }).engineMessage;
  const engineText = typeof engineMessage === 'string' ? engineMessage : undefined;
  const failure = cancelled ? undefined : failureNote(prepared.ast, error, text, engineText, shown);
  const headline =
    failure?.headline ?? (text.kind === 'build' ? text.message : t('buildFailed', { detail: text.message }));
  const hint = engineText && isMissingNetwork(engineText) ? t('buildNetworkHint') : text.hint;
  studio.panel.line('');
  if (cancelled) studio.panel.line(t('buildCancelled', { duration: formatDuration(elapsedMs) }));
  else studio.panel.line(failure?.report ?? headline);
  if (hint && !cancelled) studio.panel.line(hint);
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
  // The steps that succeeded before the failure keep their annotations.
  const done = shown
    ? layerNotes(
        prepared.ast,
        steps.filter((step) => step.status === 'done'),
        shown.builder,
      )
    : [];
  studio.builds.record(prepared.uri, outcome, done, failure);
  if (!cancelled && !offerEngineHelp(studio, error, text))
    void showBuildError(studio, headline, hint === t('buildNetworkHint'));
  return outcome;
}

function layerNotes(ast: DockerfileAst, steps: readonly BuildStep[], builder: BuilderKind): LayerNote[] {
  const byLine = new Map<number, LayerNote>();
  for (const step of steps) {
    if (step.internal || step.line === undefined) continue;
    const span = instructionSpanAt(ast, step.line);
    if (span) byLine.set(step.line, { ...span, step, builder });
  }
  return [...byLine.values()];
}

interface FailureReport extends FailureNote {
  headline: string;
  /** The headline and the step's last output lines, for the panel. */
  report: string;
}

/** "Line 3 `RUN exit 3` failed: …", the step's last output, and (on the diagnostic) the engine's own words. */
function failureNote(
  ast: DockerfileAst,
  error: unknown,
  text: ErrorText,
  engineMessage: string | undefined,
  shown: BuildProgress | undefined,
): FailureReport | undefined {
  const line = (error as { line?: unknown }).line;
  if (typeof line !== 'number') return undefined;
  const span = instructionSpanAt(ast, line) ?? { startLine: line, endLine: line };
  const title = titleAt(ast, line);
  const locale = resolveLocale(vscode.env.language);
  if (text.kind !== 'build' || !title || !engineMessage)
    return { ...span, message: engineMessage ?? text.message, headline: text.message, report: text.message };
  const headline = failureHeadline(line, title, engineMessage, locale);
  const tail = shown?.view.tailOf(line) ?? [];
  const output = tail.length > 0 ? [t('stepLastOutput'), ...tail.map((row) => `    ${row}`)] : [];
  const message = [headline, ...output, t('stepEngineSaid', { message: engineMessage })].join('\n');
  return { ...span, message, headline, report: [headline, ...output].join('\n') };
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

async function showBuildError(studio: Studio, headline: string, networkSetting: boolean): Promise<void> {
  const show = t('showOutput');
  const settings = t('openSettings');
  const choice = await vscode.window.showErrorMessage(headline, show, ...(networkSetting ? [settings] : []));
  if (choice === show) studio.panel.show();
  if (choice === settings)
    await vscode.commands.executeCommand('workbench.action.openSettings', 'dockerfileStudio.build.network');
}

/** The build context: the Dockerfile's folder, or its workspace folder (the `build.context` setting). */
export function contextDirFor(studio: Studio, uri: vscode.Uri): string {
  const folder =
    studio.config.buildContext === 'workspaceFolder' ? vscode.workspace.getWorkspaceFolder(uri) : undefined;
  return folder ? folder.uri.fsPath : path.dirname(uri.fsPath);
}
