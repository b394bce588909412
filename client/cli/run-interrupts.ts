// Ctrl-C (and SIGTERM, SIGHUP) during `run`, counted as `docker run` counts them: the first stops the container
// (SIGTERM, then SIGKILL after the stop timeout) and removes it; the third kills it at once. Listening starts before
// connecting, so that Ctrl-C during a slow connect cancels it too.
import type { Locale } from '../../core/l10n';
import { writeLine, type CliIo } from './io';
import { runText } from './run-messages';

export class RunInterrupts {
  private readonly stopping = new AbortController();
  private readonly killing = new AbortController();
  private count = 0;
  private containerAhead = false;
  readonly dispose: () => void;

  constructor(
    private readonly io: CliIo,
    private readonly locale: Locale,
  ) {
    this.dispose = io.onSignals(['SIGINT', 'SIGTERM', 'SIGHUP'], () => this.interrupt());
  }

  /** Aborted at the first interrupt: cancel what is under way, stop the container. */
  get stop(): AbortSignal {
    return this.stopping.signal;
  }

  /** Aborted at the third: kill the container now. */
  get kill(): AbortSignal {
    return this.killing.signal;
  }

  /** From now on an interrupt acts on a container, and says so. */
  containerFromNowOn(): void {
    this.containerAhead = true;
  }

  /** Stops without a word (our reader went away). */
  stopQuietly(): void {
    this.stopping.abort();
  }

  private interrupt(): void {
    this.count += 1;
    if (this.count === 1) {
      if (this.containerAhead) writeLine(this.io.stderr, runText(this.locale, 'stopping'));
      this.stopping.abort();
    } else if (this.count === 3) {
      if (this.containerAhead) writeLine(this.io.stderr, runText(this.locale, 'killing'));
      this.killing.abort();
    }
  }
}
