// The "Dockerfile Studio" output panel, where builds and runs stream (and the raw build log, a panel of its own); its
// text is kept for the test API.
import * as vscode from 'vscode';

export const panelLanguageId = 'dockerfile-studio-output';

/** Keep at most this much text for `outputText()`; the channel itself keeps everything. */
const maxKept = 4 * 1024 * 1024;

export class Panel implements vscode.Disposable {
  private readonly channel: vscode.OutputChannel;
  private kept = '';

  constructor(name = 'Dockerfile Studio') {
    this.channel = vscode.window.createOutputChannel(name, panelLanguageId);
  }

  write(text: string): void {
    if (text === '') return;
    this.channel.append(text);
    this.kept = (this.kept + text).slice(-maxKept);
  }

  line(text: string): void {
    this.write(`${text}\n`);
  }

  /** Starts a new section (a build or a run) and, unless told not to, brings the panel up without stealing focus. */
  begin(title: string, reveal = true): void {
    if (this.kept !== '') this.write('\n');
    this.line(`━━ ${title} ━━`);
    if (reveal) this.show();
  }

  show(): void {
    this.channel.show(true);
  }

  text(): string {
    return this.kept;
  }

  dispose(): void {
    this.channel.dispose();
  }
}
