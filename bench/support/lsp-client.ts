// A minimal LSP client over a child process's stdio, driven the way an editor drives a server.
import { spawn, type ChildProcessWithoutNullStreams } from 'node:child_process';
import { readFileSync } from 'node:fs';

type Json = Record<string, unknown>;
interface Message {
  id?: number | string;
  method?: string;
  params?: unknown;
  result?: unknown;
  error?: { message: string };
}
type Waiter = { method: string; match: (params: Json) => boolean; resolve: (params: Json) => void };

export interface PublishedDiagnostics {
  uri: string;
  version?: number;
  diagnostics: { code?: string | number; message: string; range: { start: { line: number } } }[];
}

export class LspClient {
  private readonly child: ChildProcessWithoutNullStreams;
  private buffer: Buffer = Buffer.alloc(0);
  private nextId = 1;
  private readonly pending = new Map<number, { resolve: (v: unknown) => void; reject: (e: Error) => void }>();
  private waiters: Waiter[] = [];
  private readonly listeners: { method: string; listener: (params: Json) => void }[] = [];
  /** What the server asks for with workspace/configuration, per section. */
  configuration: Record<string, unknown> = {};
  stderr = '';

  constructor(command: string, args: string[], cwd?: string) {
    this.child = spawn(command, args, { cwd, stdio: ['pipe', 'pipe', 'pipe'] });
    this.child.stdout.on('data', (chunk: Buffer) => this.receive(chunk));
    this.child.stderr.on('data', (chunk: Buffer) => (this.stderr += chunk.toString('utf8')));
    this.child.on('exit', () => {
      for (const { reject } of this.pending.values()) reject(new Error(`server exited: ${this.stderr}`));
      this.pending.clear();
    });
  }

  /** The server's peak resident memory so far (Linux), in bytes; undefined where /proc does not tell. */
  peakRss(): number | undefined {
    try {
      const status = readFileSync(`/proc/${this.child.pid}/status`, 'utf8');
      const kib = /^VmHWM:\s*(\d+) kB/m.exec(status)?.[1];
      return kib === undefined ? undefined : Number(kib) * 1024;
    } catch {
      return undefined;
    }
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

  /** Resolves with the next notification of `method` whose params match. Register before sending what triggers it. */
  next<T = Json>(method: string, match: (params: Json) => boolean = () => true): Promise<T> {
    return new Promise<T>((resolve) => this.waiters.push({ method, match, resolve: resolve as (p: Json) => void }));
  }

  /** Calls `listener` with every notification of `method` from now on. */
  onNotification(method: string, listener: (params: Json) => void): void {
    this.listeners.push({ method, listener });
  }

  nextDiagnostics(uri: string, minVersion?: number): Promise<PublishedDiagnostics> {
    return this.next<PublishedDiagnostics>(
      'textDocument/publishDiagnostics',
      (p) =>
        p.uri === uri && (minVersion === undefined || p.version === undefined || (p.version as number) >= minVersion),
    );
  }

  /** `pull: false` plays a client that cannot answer workspace/configuration. */
  async initialize(
    rootUri: string | null,
    locale = 'en',
    options: { pull?: boolean; initializationOptions?: unknown } = {},
  ): Promise<Json> {
    const capabilities = {
      workspace: { configuration: options.pull ?? true, didChangeConfiguration: { dynamicRegistration: true } },
      textDocument: { synchronization: { dynamicRegistration: false }, publishDiagnostics: { versionSupport: true } },
    };
    const { initializationOptions } = options;
    const result = await this.request<Json>('initialize', {
      processId: process.pid,
      rootUri,
      locale,
      capabilities,
      initializationOptions,
    });
    this.notify('initialized', {});
    return result;
  }

  async shutdown(): Promise<void> {
    const exited = new Promise<void>((resolve) =>
      this.child.exitCode === null ? this.child.once('exit', () => resolve()) : resolve(),
    );
    try {
      await this.request('shutdown', null);
      this.notify('exit', null);
    } catch {
      // already gone
    }
    const timer = setTimeout(() => this.child.kill(), 2000);
    await exited;
    clearTimeout(timer);
  }

  private send(message: Json): void {
    const body = Buffer.from(JSON.stringify(message), 'utf8');
    this.child.stdin.write(`Content-Length: ${body.length}\r\n\r\n`);
    this.child.stdin.write(body);
  }

  private receive(chunk: Buffer): void {
    this.buffer = this.buffer.length === 0 ? chunk : Buffer.concat([this.buffer, chunk]);
    for (;;) {
      const headerEnd = this.buffer.indexOf('\r\n\r\n');
      if (headerEnd < 0) return;
      const length = Number(/Content-Length: *(\d+)/i.exec(this.buffer.subarray(0, headerEnd).toString('ascii'))?.[1]);
      const start = headerEnd + 4;
      if (this.buffer.length < start + length) return;
      const message = JSON.parse(this.buffer.subarray(start, start + length).toString('utf8')) as Message;
      this.buffer = this.buffer.subarray(start + length);
      this.dispatch(message);
    }
  }

  private dispatch(message: Message): void {
    if (message.method !== undefined && message.id !== undefined) {
      this.send({ jsonrpc: '2.0', id: message.id, result: this.answer(message.method, message.params) });
    } else if (message.method !== undefined) {
      const params = (message.params ?? {}) as Json;
      for (const { method, listener } of this.listeners) if (method === message.method) listener(params);
      const waiter = this.waiters.find((w) => w.method === message.method && w.match(params));
      if (waiter) {
        this.waiters = this.waiters.filter((w) => w !== waiter);
        waiter.resolve(params);
      }
    } else if (typeof message.id === 'number') {
      const pending = this.pending.get(message.id);
      this.pending.delete(message.id);
      if (message.error) pending?.reject(new Error(message.error.message));
      else pending?.resolve(message.result);
    }
  }

  /** Answers the server's own requests as an editor would. */
  private answer(method: string, params: unknown): unknown {
    if (method === 'workspace/configuration') {
      const items = (params as { items?: { section?: string }[] }).items ?? [];
      return items.map((item) => (item.section ? (this.configuration[item.section] ?? null) : null));
    }
    return null;
  }
}
