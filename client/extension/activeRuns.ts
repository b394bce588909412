// Runs in progress (so a second click stops them) and finished runs (for the test API).
import * as vscode from 'vscode';

export interface RunRecord {
  /** The Dockerfile the image came from, when known. */
  dockerfile: string | undefined;
  image: string;
  interactive: boolean;
  containerId: string | undefined;
  /** undefined while running, or when the run failed before the container exited. */
  exitCode: number | undefined;
  elapsedMs: number | undefined;
  /** Why the run failed, in the user's words. */
  error: string | undefined;
  stopped: boolean;
}

interface Active {
  record: RunRecord;
  stop: () => void;
}

export class ActiveRuns implements vscode.Disposable {
  private readonly active = new Map<string, Active>();
  private readonly finished: RunRecord[] = [];
  private readonly changed = new vscode.EventEmitter<void>();
  readonly onDidChange = this.changed.event;
  private nextKey = 0;

  /** Registers a run; returns the key that `finish` takes. */
  start(record: RunRecord, stop: () => void): string {
    const key = record.dockerfile ?? `image:${this.nextKey++}`;
    this.active.set(key, { record, stop });
    this.update();
    return key;
  }

  finish(key: string, record: RunRecord): void {
    this.active.delete(key);
    this.finished.push(record);
    this.update();
  }

  isRunning(dockerfile: vscode.Uri): boolean {
    return this.active.has(dockerfile.toString());
  }

  /** Stops the run of this Dockerfile's image, or every run without a Dockerfile argument. Returns whether any was running. */
  stop(dockerfile?: vscode.Uri): boolean {
    const targets = dockerfile ? [this.active.get(dockerfile.toString())] : [...this.active.values()];
    const running = targets.filter((run): run is Active => run !== undefined);
    for (const run of running) {
      run.record.stopped = true;
      run.stop();
    }
    return running.length > 0;
  }

  history(): readonly RunRecord[] {
    return this.finished;
  }

  private update(): void {
    void vscode.commands.executeCommand('setContext', 'dockerfileStudio.running', this.active.size > 0);
    this.changed.fire();
  }

  dispose(): void {
    this.stop();
    this.changed.dispose();
  }
}
