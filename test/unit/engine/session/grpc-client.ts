// A gRPC client playing the engine's side of a session: it dials our GrpcServer over HTTP/2 (as the engine does on the
// hijacked connection) and sends or reads framed messages, so the tests go through the real framing and trailers.
import { mkdtempSync, rmSync } from 'node:fs';
import * as http2 from 'node:http2';
import * as net from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { frameMessages, GrpcServer, MessageReader } from '../../../../client/engine/session/grpc';

export interface ClientCall {
  send(...messages: Uint8Array[]): void;
  end(): void;
  /** Messages as they arrive. */
  readonly received: Buffer[];
  /** Waits until `count` messages have arrived (or the call ended). */
  waitFor(count: number): Promise<void>;
  /** The status and message from the trailers (or a trailers-only answer). */
  readonly status: Promise<{ code: number; message: string }>;
}

export interface TestClient {
  call(path: string, metadata?: Record<string, string[]>): ClientCall;
  close(): Promise<void>;
}

/** Serves `server` on a unix socket of its own and dials it over HTTP/2, as the engine would. */
export async function connect(server: GrpcServer): Promise<TestClient> {
  const dir = mkdtempSync(join(tmpdir(), 'dfs-grpc-'));
  const path = join(dir, 'session.sock');
  const listener = net.createServer((connection) => server.serve(connection));
  await new Promise<void>((resolve) => listener.listen(path, resolve));
  const session = http2.connect('http://localhost', { createConnection: () => net.connect(path) });
  session.on('error', () => undefined);
  return {
    call(path, metadata = {}) {
      const headers: http2.OutgoingHttpHeaders = {
        ':method': 'POST',
        ':path': path,
        'content-type': 'application/grpc',
        te: 'trailers',
      };
      for (const [key, values] of Object.entries(metadata)) headers[key] = values;
      const stream = session.request(headers);
      const reader = new MessageReader();
      const received: Buffer[] = [];
      let ended = false;
      const waiters: (() => void)[] = [];
      const wake = (): void => waiters.splice(0).forEach((w) => w());
      stream.on('data', (chunk: Buffer) => {
        received.push(...reader.push(chunk));
        wake();
      });
      let statusHeaders: http2.IncomingHttpHeaders | undefined;
      stream.on('response', (h) => (statusHeaders = h));
      const status = new Promise<{ code: number; message: string }>((resolve) => {
        stream.on('trailers', (t: http2.IncomingHttpHeaders) => void (statusHeaders = t));
        stream.on('close', () => {
          ended = true;
          wake();
          resolve({
            code: Number(statusHeaders?.['grpc-status'] ?? -1),
            message: String(statusHeaders?.['grpc-message'] ?? ''),
          });
        });
      });
      stream.on('error', () => undefined);
      return {
        send: (...messages) => void stream.write(frameMessages(messages)),
        end: () => void stream.end(),
        received,
        status,
        waitFor: (count) =>
          new Promise<void>((resolve) => {
            const check = (): void => (received.length >= count || ended ? resolve() : void waiters.push(check));
            check();
          }),
      };
    },
    close: async () => {
      session.destroy();
      server.close();
      await new Promise<void>((resolve) => listener.close(() => resolve()));
      rmSync(dir, { recursive: true, force: true });
    },
  };
}
