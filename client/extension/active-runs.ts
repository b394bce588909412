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
  finished: Promise<void>;
  markFinished: () => void;
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
    let markFinished = (): void => undefined;
    const finished = new Promise<void>((resolve) => (markFinished = resolve));
    this.active.set(key, { record, stop, finished, markFinished });
    this.update();
    return key;
  }

  finish(key: string, record: RunRecord): void {
    this.active.get(key)?.markFinished();
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

  /**
   * Shutting down: kills every running container at once (no SIGTERM grace), and waits, at most `withinMs`, for the
   * runs to remove their containers, so that closing VS Code leaves none behind.
   */
  async killAll(kill: (containerId: string) => Promise<void>, withinMs: number): Promise<void> {
    const running = [...this.active.values()];
    for (const run of running) run.record.stopped = true;
    const killing = running.map(async (run) => {
      if (run.record.containerId) await kill(run.record.containerId).catch(() => undefined);
      else run.stop();
    });
    await Promise.all(killing);
    await Promise.race([
      Promise.all(running.map((run) => run.finished)),
      new Promise((resolve) => setTimeout(resolve, withinMs)),
    ]);
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
