// Polling for what the editor shows: the extension host updates diagnostics, lenses and panels asynchronously.
const POLL_MS = 100;

/**
 * Calls `probe` until it returns something other than undefined, and returns that. After `timeoutMs`, fails with
 * `what` and the last thing `describe` saw.
 */
export async function waitFor<T>(
  what: string,
  probe: () => T | undefined | Promise<T | undefined>,
  opts: { timeoutMs?: number; describe?: () => unknown } = {},
): Promise<T> {
  const deadline = Date.now() + (opts.timeoutMs ?? 20_000);
  for (;;) {
    const value = await probe();
    if (value !== undefined) return value;
    if (Date.now() > deadline) {
      const seen = opts.describe ? `; last seen: ${JSON.stringify(opts.describe(), null, 1)}` : '';
      throw new Error(`timed out waiting for ${what}${seen}`);
    }
    await new Promise((resolve) => setTimeout(resolve, POLL_MS));
  }
}
