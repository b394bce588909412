// An LSP client for a language server in a web worker of a real Chromium page: the page relays messages between the
// worker and this process, where the test speaks LSP as an editor does (answering the server's own requests too).
import { chromium, type BrowserContext, type Page } from 'playwright-core';
import { JsonRpcPeer, type Json, type Message } from '../../../bench/support/json-rpc-peer';

/** The page: starts the worker and passes its messages both ways; a worker error is reported, not swallowed. */
export function workerPage(workerPath: string): string {
  return `<!doctype html><meta charset="utf-8"><script>
const worker = new Worker(${JSON.stringify(workerPath)});
worker.onmessage = (event) => window.lspReceive(event.data);
worker.onerror = (event) => window.lspWorkerError(event.message);
window.lspSend = (message) => worker.postMessage(message);
</script>`;
}

export class WorkerClient extends JsonRpcPeer {
  /** Errors of the page and the worker: a test fails when any appear. */
  readonly errors: string[] = [];

  private constructor(
    private readonly context: BrowserContext,
    private readonly page: Page,
  ) {
    super();
  }

  static async open(chromiumPath: string, profileDir: string, url: string): Promise<WorkerClient> {
    const context = await chromium.launchPersistentContext(profileDir, {
      executablePath: chromiumPath,
      headless: true,
      args: ['--no-sandbox', '--disable-gpu', '--no-first-run', '--disable-background-networking'],
    });
    const page = context.pages()[0] ?? (await context.newPage());
    const client = new WorkerClient(context, page);
    page.on('pageerror', (error) => client.errors.push(error.message));
    await page.exposeFunction('lspReceive', (message: Message) => client.dispatch(message));
    await page.exposeFunction('lspWorkerError', (message: string) => client.errors.push(`worker: ${message}`));
    await page.goto(url);
    return client;
  }

  async close(): Promise<void> {
    await this.context.close().catch(() => undefined);
  }

  protected send(message: Json): void {
    this.page
      .evaluate((m) => (globalThis as unknown as { lspSend(m: unknown): void }).lspSend(m), message)
      .catch((error: Error) => this.errors.push(error.message));
  }

  /** The server's requests: no settings beyond the defaults, and every registration accepted. */
  protected answer(method: string): unknown {
    return method === 'workspace/configuration' ? [{}] : null;
  }
}
