// Validation off the request path. Each document's validation runs as steps that yield to the event loop between
// them, so hover, completion and the next edit are handled in between; a newer schedule (an edit, new settings) or a
// close makes the run in progress stale, and a stale run stops at its next step without publishing anything.

/** One validation run; `stale` turns true once its result would no longer be the latest. */
export interface ValidationRun {
  readonly stale: boolean;
}

/** Runs a validation; it checks `run.stale` after each step it yields. */
export type Validation = (uri: string, run: ValidationRun) => Promise<void>;

interface Scheduled {
  stale: boolean;
  timer?: ReturnType<typeof setTimeout>;
}

export interface ValidationQueueOptions {
  validation: Validation;
  /** Runs a callback once the messages that already arrived are handled (the host's). */
  defer: (callback: () => void) => void;
  /** How long after the last change a document waits before it is validated (0: at once). */
  pauseFor: (uri: string) => number;
  onError: (error: unknown) => void;
}

export class ValidationQueue {
  private readonly runs = new Map<string, Scheduled>();

  constructor(private readonly options: ValidationQueueOptions) {}

  /**
   * Resolves once a message waiting now has been handled: a step boundary. The connection handles one waiting message
   * per turn, in a turn queued behind the current one, so a boundary is two turns.
   */
  async nextSlice(): Promise<void> {
    await this.turn();
    await this.turn();
  }

  private turn(): Promise<void> {
    return new Promise((resolve) => this.options.defer(resolve));
  }

  /** Validates the document soon; a run in progress or waiting for it is dropped. */
  schedule(uri: string): void {
    this.cancel(uri);
    const run: Scheduled = { stale: false };
    const start = (): void => {
      if (run.stale) return;
      this.options
        .validation(uri, run)
        .catch(this.options.onError)
        .finally(() => {
          if (this.runs.get(uri) === run) this.runs.delete(uri);
        });
    };
    const pause = this.options.pauseFor(uri);
    if (pause > 0) run.timer = setTimeout(start, pause);
    else this.options.defer(start);
    this.runs.set(uri, run);
  }

  /** Drops the document's run, waiting or in progress. */
  cancel(uri: string): void {
    const run = this.runs.get(uri);
    if (!run) return;
    run.stale = true;
    clearTimeout(run.timer);
    this.runs.delete(uri);
  }
}
