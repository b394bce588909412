// The extension's own log, one LogOutputChannel: errors reveal it. No line carries a password of an engine address.
import * as vscode from 'vscode';
import { redactCredentials } from '../engine/redact';

export class Log implements vscode.Disposable {
  readonly channel: vscode.LogOutputChannel;

  constructor() {
    this.channel = vscode.window.createOutputChannel('Dockerfile Studio Log', { log: true });
  }

  info(message: string): void {
    this.channel.info(redactCredentials(message));
  }

  warn(message: string): void {
    this.channel.warn(redactCredentials(message));
  }

  /** Logs an error with its cause and shows the channel, without taking focus. */
  error(message: string, cause?: unknown): void {
    this.channel.error(redactCredentials(cause === undefined ? message : `${message}: ${describe(cause)}`));
    this.channel.show(true);
  }

  dispose(): void {
    this.channel.dispose();
  }
}

function describe(cause: unknown): string {
  if (cause instanceof Error) return cause.stack ?? cause.message;
  return String(cause);
}
