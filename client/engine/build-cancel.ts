// One cancel path for every caller (the CLI's Ctrl-C, the extension's Cancel): aborting the build's signal hangs up
// and asks the engine to cancel the build by its id, as the docker CLI does, so that nothing is tagged afterwards.
import type { EngineClient } from './client';

const CANCEL_TIMEOUT_MS = 10000;

/** `POST /build/cancel?id=…`; failures are ignored (the build may be over, or the engine may be gone). */
export async function cancelBuild(client: EngineClient, buildId: string): Promise<void> {
  if (client.isPodman) return; // Podman 4.3 has no /build/cancel (404): hanging up is all it offers
  try {
    const res = await client.request('POST', '/build/cancel', {
      query: { id: buildId },
      signal: AbortSignal.timeout(CANCEL_TIMEOUT_MS),
    });
    res.body.resume();
  } catch {
    // the cancel is what we report; the engine's answer to it changes nothing
  }
}

/** Sends the cancel when `signal` aborts; `settled()` waits for it, so that a process does not exit before. */
export class BuildCancel {
  private sent: Promise<void> | undefined;
  private readonly onAbort = (): void => void (this.sent ??= cancelBuild(this.client, this.buildId));

  constructor(
    private readonly client: EngineClient,
    private readonly buildId: string,
    private readonly signal: AbortSignal | undefined,
  ) {
    if (signal?.aborted) this.onAbort();
    else signal?.addEventListener('abort', this.onAbort, { once: true });
  }

  async settled(): Promise<void> {
    await this.sent;
  }

  dispose(): void {
    this.signal?.removeEventListener('abort', this.onAbort);
  }
}
