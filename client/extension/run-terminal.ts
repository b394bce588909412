// "Run Interactive" (-it): a terminal wired to the container's TTY. Keys go in, output comes out, resizes are
// forwarded; closing the terminal stops and removes the container.
import { StringDecoder } from 'node:string_decoder';
import * as vscode from 'vscode';
import { t } from './l10n';
import type { InteractiveRun } from '../engine/run';
import type { RunRecord } from './active-runs';
import { loadEngine } from './bundles';
import { errorText } from './core/error-text';
import { engineOptions, newRunRecord, type RunRequest } from './run-flow';
import type { Studio } from './studio';

export class ContainerTerminal implements vscode.Pseudoterminal {
  private readonly written = new vscode.EventEmitter<string>();
  private readonly closed = new vscode.EventEmitter<number | void>();
  readonly onDidWrite = this.written.event;
  readonly onDidClose = this.closed.event;
  private run: InteractiveRun | undefined;
  private exited = false;
  private closing = false;
  private readonly decoder = new StringDecoder('utf8');
  private readonly record: RunRecord;
  private runKey: string | undefined;

  constructor(
    private readonly studio: Studio,
    private readonly request: RunRequest,
  ) {
    this.record = newRunRecord(request, true);
  }

  open(dimensions: vscode.TerminalDimensions | undefined): void {
    this.runKey = this.studio.runs.start(this.record, () => this.close());
    void this.start(dimensions);
  }

  handleInput(data: string): void {
    if (this.exited) this.closed.fire();
    else this.run?.write(data);
  }

  setDimensions(dimensions: vscode.TerminalDimensions): void {
    this.run?.resize(dimensions.columns, dimensions.rows).catch(() => undefined);
  }

  /** The terminal was closed (or Stop was asked for): stop and remove the container. */
  close(): void {
    if (this.closing) return;
    this.closing = true;
    this.record.stopped = !this.exited;
    if (this.run && !this.exited)
      this.run
        .stop()
        .catch((error: unknown) => this.studio.log.error('Stopping the interactive container failed', error));
    if (this.exited) this.finish();
    this.closed.fire();
  }

  private async start(dimensions: vscode.TerminalDimensions | undefined): Promise<void> {
    this.written.fire(t('runStarting', { image: this.request.label }) + '\r\n');
    try {
      const client = await this.studio.engine.connect();
      const { runInteractive } = loadEngine();
      const size = dimensions ? { cols: dimensions.columns, rows: dimensions.rows } : {};
      this.run = await runInteractive(client, {
        image: this.request.image,
        ...engineOptions(this.request.options),
        ...size,
        stopTimeoutSeconds: this.studio.config.stopTimeoutSeconds,
      });
      this.record.containerId = this.run.containerId;
      if (this.closing) await this.run.stop();
      this.run.onOutput((data) => this.written.fire(this.decoder.write(data)));
      this.studio.log.info(`Interactive run of ${this.request.image}: container ${this.run.containerId}`);
      const result = await this.run.exit;
      Object.assign(this.record, { exitCode: result.exitCode, elapsedMs: result.elapsedMs });
      this.ended(t('runTerminalExited', { code: result.exitCode }));
    } catch (error) {
      const text = errorText(error, vscode.env.language, (detail) => t('runUnexpected', { detail }));
      if (text.kind !== 'cancelled') this.record.error = text.message;
      this.ended([text.message, text.hint].filter(Boolean).join(' '));
    }
  }

  private ended(message: string): void {
    this.exited = true;
    if (this.closing) return this.finish();
    this.written.fire(`${this.decoder.end()}\r\n\x1b[2m${message}\x1b[0m\r\n`);
    this.finish();
  }

  private finish(): void {
    if (this.runKey === undefined) return;
    this.studio.runs.finish(this.runKey, this.record);
    this.runKey = undefined;
  }
}

export function openInteractiveTerminal(studio: Studio, request: RunRequest): vscode.Terminal {
  const terminal = vscode.window.createTerminal({
    name: `${t('run')} ${request.label}`,
    pty: new ContainerTerminal(studio, request),
    iconPath: new vscode.ThemeIcon('vm'),
  });
  terminal.show();
  return terminal;
}
