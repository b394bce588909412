// An LSP client for a language server in a web worker of a real Chromium page: the page relays messages between the
// worker and this process, where the test speaks LSP as an editor does (answering the server's own requests too).
import { chromium, type BrowserContext, type Page } from 'playwright-core';

type Json = Record<string, unknown>;
interface Message {
  id?: number;
  method?: string;
  params?: unknown;
  result?: unknown;
  error?: { message: string };
}
type Waiter = { method: string; match: (params: Json) => boolean; resolve: (params: Json) => void };

/** The page: starts the worker and passes its messages both ways; a worker error is reported, not swallowed. */
export function workerPage(workerPath: string): string {
  return `<!doctype html><meta charset="utf-8"><script>
const worker = new Worker(${JSON.stringify(workerPath)});
worker.onmessage = (event) => window.lspReceive(event.data);
worker.onerror = (event) => window.lspWorkerError(event.message);
window.lspSend = (message) => worker.postMessage(message);
</script>`;
}

export class WorkerClient {
  private nextId = 1;
  private readonly pending = new Map<number, { resolve: (v: unknown) => void; reject: (e: Error) => void }>();
  private waiters: Waiter[] = [];
  /** Errors of the page and the worker: a test fails when any appear. */
  readonly errors: string[] = [];

  private constructor(
    private readonly context: BrowserContext,
    private readonly page: Page,
  ) {}

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

  request<T = unknown>(method: string, params: unknown): Promise<T> {
    const id = this.nextId++;
    return new Promise<T>((resolve, reject) => {
      this.pending.set(id, { resolve: resolve as (v: unknown) => void, reject });
      this.send({ jsonrpc: '2.0', id, method, params });
    });
  }

  notify(method: string, params: unknown): void {
    this.send({ jsonrpc: '2.0', method, params });
  }

  /** The next notification of `method` whose params match; register before sending what triggers it. */
  next<T = Json>(method: string, match: (params: Json) => boolean = () => true): Promise<T> {
    return new Promise<T>((resolve) => this.waiters.push({ method, match, resolve: resolve as (p: Json) => void }));
  }

  async close(): Promise<void> {
    await this.context.close().catch(() => undefined);
  }

  private send(message: Json): void {
    this.page
      .evaluate((m) => (globalThis as unknown as { lspSend(m: unknown): void }).lspSend(m), message)
      .catch((error: Error) => this.errors.push(error.message));
  }

  private dispatch(message: Message): void {
    if (message.method !== undefined && message.id !== undefined) return this.answer(message.id, message.method);
    if (message.method !== undefined) {
      const params = (message.params ?? {}) as Json;
      const waiter = this.waiters.find((w) => w.method === message.method && w.match(params));
      if (waiter) {
        this.waiters = this.waiters.filter((w) => w !== waiter);
        waiter.resolve(params);
      }
      return;
    }
    const pending = message.id === undefined ? undefined : this.pending.get(message.id);
    if (!pending || message.id === undefined) return;
    this.pending.delete(message.id);
    if (message.error) pending.reject(new Error(message.error.message));
    else pending.resolve(message.result);
  }

  /** The server's requests: no settings beyond the defaults, and every registration accepted. */
  private answer(id: number, method: string): void {
    this.send({ jsonrpc: '2.0', id, result: method === 'workspace/configuration' ? [{}] : null });
  }
}
