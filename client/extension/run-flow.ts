// A run of an image: the container's output streams into the panel; it ends with the exit code and elapsed time,
// and the container is removed unless the user asked to keep it. Cancelling the notification stops it.
import * as vscode from 'vscode';
import { formatDuration, t } from './l10n';
import type { RunRecord } from './active-runs';
import { loadEngine } from './bundles';
import { errorText } from './core/error-text';
import { formatList, type RunOptions } from './core/run-options';
import { StreamLines } from './core/stream-lines';
import { offerEngineHelp } from './engine-help';
import { runLabels } from '../engine/run-label';
import type { Studio } from './studio';
import { shortId } from './studio-documents';

export interface RunRequest {
  /** What to run: an image ID or a reference. */
  image: string;
  /** How to call it in messages: its tag or short ID. */
  label: string;
  dockerfile: vscode.Uri | undefined;
  options: RunOptions;
}

export async function runInPanel(studio: Studio, request: RunRequest): Promise<RunRecord> {
  const title = t('runProgressTitle', { image: request.label });
  return await vscode.window.withProgress(
    { location: vscode.ProgressLocation.Notification, title, cancellable: true },
    (_progress, token) => runAndReport(studio, request, token),
  );
}

async function runAndReport(studio: Studio, request: RunRequest, token: vscode.CancellationToken): Promise<RunRecord> {
  const abort = new AbortController();
  const record = newRunRecord(request, false);
  const key = studio.runs.start(record, () => abort.abort());
  const cancel = token.onCancellationRequested(() => {
    record.stopped = true;
    abort.abort();
  });
  const lines = new StreamLines();
  let printed = false;
  const started = Date.now();
  studio.panel.begin(`${t('run')} ${request.label}${describeOptions(request.options)}`);
  try {
    const client = await studio.engine.connect(abort.signal);
    const { runContainer, ensureImage } = loadEngine();
    // A missing image is pulled first (the "pull" setting), its progress in the panel; Cancel stops the pull too.
    const onProgress = (line: string): void => studio.panel.line(line);
    await ensureImage(client, request.image, studio.config.pull, { signal: abort.signal, onProgress });
    const result = await runContainer(
      client,
      {
        image: request.image,
        ...engineOptions(request.options),
        stopTimeoutSeconds: studio.config.stopTimeoutSeconds,
        signal: abort.signal,
        onContainer: (id) => (record.containerId = id),
      },
      (chunk) => {
        printed ||= chunk.data.length > 0;
        studio.panel.write(lines.push(chunk.stream, chunk.data));
      },
    );
    studio.panel.write(lines.flush());
    Object.assign(record, { exitCode: result.exitCode, elapsedMs: result.elapsedMs, containerId: result.containerId });
    studio.panel.line(
      t('runExited', { code: result.exitCode, duration: formatDuration(result.elapsedMs) }) +
        ' ' +
        afterExit(request.options.keep, result.containerId),
    );
    studio.milestones.ran(result.exitCode, printed);
  } catch (error) {
    studio.panel.write(lines.flush());
    record.elapsedMs = Date.now() - started;
    reportFailure(studio, record, error);
  } finally {
    cancel.dispose();
    studio.runs.finish(key, record);
  }
  return record;
}

function reportFailure(studio: Studio, record: RunRecord, error: unknown): void {
  const text = errorText(error, vscode.env.language, (detail) => t('runUnexpected', { detail }));
  if (text.kind === 'cancelled') {
    studio.panel.line(t('runStopped', { duration: formatDuration(record.elapsedMs ?? 0) }) + ' ' + text.message);
    return;
  }
  record.error = text.message;
  studio.panel.line(text.message);
  if (text.hint) studio.panel.line(text.hint);
  if (!offerEngineHelp(studio, error, text)) void showRunError(studio, text.message);
}

async function showRunError(studio: Studio, message: string): Promise<void> {
  const show = t('showOutput');
  if ((await vscode.window.showErrorMessage(message, show)) === show) studio.panel.show();
}

function afterExit(keep: boolean, containerId: string): string {
  return keep ? t('runKept', { id: shortId(containerId) }) : t('runRemoved');
}

/** A run not started yet: no container, no exit code. */
export function newRunRecord(request: RunRequest, interactive: boolean): RunRecord {
  return {
    dockerfile: request.dockerfile?.toString(),
    image: request.image,
    interactive,
    containerId: undefined,
    exitCode: undefined,
    elapsedMs: undefined,
    error: undefined,
    stopped: false,
  };
}

/** Our remembered options in the engine's terms. */
export function engineOptions(options: RunOptions): {
  cmd?: string[];
  env: string[];
  ports: string[];
  volumes: string[];
  network: string;
  keep: boolean;
  labels: Record<string, string>;
} {
  return {
    ...(options.command ? { cmd: options.command } : {}),
    env: options.env,
    ports: options.ports,
    volumes: options.volumes,
    network: options.network,
    keep: options.keep,
    labels: { ...runLabels },
  };
}

/** ` — command: cat /built.txt, -e A=1, --rm`: each option on its own, the command's words quoted as typed. */
function describeOptions(options: RunOptions): string {
  const parts = [
    options.command ? t('runHeaderCommand', { command: formatList(options.command) }) : '',
    ...options.env.map((e) => `-e ${e}`),
    ...options.ports.map((p) => `-p ${p}`),
    ...options.volumes.map((v) => `-v ${v}`),
    options.network === 'none' ? '--network none' : '',
    options.keep ? '' : '--rm',
  ].filter(Boolean);
  return parts.length > 0 ? ` — ${parts.join(', ')}` : '';
}
