// A minimal LSP client over a child process's stdio, driven the way an editor drives a server.
import { spawn, type ChildProcessWithoutNullStreams } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { JsonRpcPeer, type Json, type Message } from './json-rpc-peer';

export interface PublishedDiagnostics {
  uri: string;
  version?: number;
  diagnostics: { code?: string | number; message: string; range: { start: { line: number } } }[];
}

export class LspClient extends JsonRpcPeer {
  private readonly child: ChildProcessWithoutNullStreams;
  private buffer: Buffer = Buffer.alloc(0);
  /** What the server asks for with workspace/configuration, per section. */
  configuration: Record<string, unknown> = {};
  stderr = '';

  constructor(command: string, args: string[], cwd?: string) {
    super();
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

  /**
   * Sends what `send` writes as one write, so the server reads it all at once, as when an editor sends an edit and a
   * request in the same moment (separate writes can reach a loaded server one at a time).
   */
  together<T>(send: () => T): T {
    this.child.stdin.cork();
    try {
      return send();
    } finally {
      this.child.stdin.uncork();
    }
  }

  protected send(message: Json): void {
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

  /** Answers the server's own requests as an editor would. */
  protected answer(method: string, params: unknown): unknown {
    if (method === 'workspace/configuration') {
      const items = (params as { items?: { section?: string }[] }).items ?? [];
      return items.map((item) => (item.section ? (this.configuration[item.section] ?? null) : null));
    }
    return null;
  }
}
