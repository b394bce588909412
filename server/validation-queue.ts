// Validation off the request path. Each document's validation runs as steps that yield to the event loop between
// them, so hover, completion and the next edit are handled in between; a newer schedule (an edit, new settings) or a
// close makes the run in progress stale, and a stale run stops at its next step without publishing anything.

/** One validation run; `stale` turns true once its result would no longer be the latest. */
export interface ValidationRun {
  readonly stale: boolean;
}

/** Runs a validation; it checks `run.stale` after each `nextSlice()`. */
export type Validation = (uri: string, run: ValidationRun) => Promise<void>;

interface Scheduled {
  stale: boolean;
  cancelStart: () => void;
}

/** Resolves on the event loop's next turn, once the messages and timers waiting now have had theirs. */
export function nextSlice(): Promise<void> {
  return new Promise((resolve) => setImmediate(resolve));
}

export class ValidationQueue {
  private readonly runs = new Map<string, Scheduled>();

  /** `pauseFor` says how long after the last change a document waits before it is validated (0: at once). */
  constructor(
    private readonly validation: Validation,
    private readonly pauseFor: (uri: string) => number,
    private readonly onError: (error: unknown) => void,
  ) {}

  /** Validates the document soon; a run in progress or waiting for it is dropped. */
  schedule(uri: string): void {
    this.cancel(uri);
    const start = (): void => {
      this.validation(uri, run)
        .catch(this.onError)
        .finally(() => {
          if (this.runs.get(uri) === run) this.runs.delete(uri);
        });
    };
    const pause = this.pauseFor(uri);
    const run: Scheduled = { stale: false, cancelStart: () => undefined };
    if (pause > 0) {
      const timer = setTimeout(start, pause);
      run.cancelStart = () => clearTimeout(timer);
    } else {
      const immediate = setImmediate(start);
      run.cancelStart = () => clearImmediate(immediate);
    }
    this.runs.set(uri, run);
  }

  /** Drops the document's run, waiting or in progress. */
  cancel(uri: string): void {
    const run = this.runs.get(uri);
    if (!run) return;
    run.stale = true;
    run.cancelStart();
    this.runs.delete(uri);
  }
}
