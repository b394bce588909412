// A tiny HTTP server on a unix socket that plays an engine: `/_ping` with chosen headers, other routes by handler.
// Used to replay captured engine streams and to produce faults a real engine will not produce on demand.
import { mkdtempSync, rmSync } from 'node:fs';
import * as http from 'node:http';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

export type Handler = (req: http.IncomingMessage, res: http.ServerResponse, body: Buffer) => void;

export interface StandInEngine {
  host: string;
  socketPath: string;
  /** Paths requested so far, with their query. */
  requests: string[];
  server: http.Server;
  close(): Promise<void>;
}

export const dockerPing = { 'Api-Version': '1.41', Server: 'Docker/20.10.24 (linux)', Ostype: 'linux' };
export const podmanPing = {
  'Api-Version': '1.41',
  'Builder-Version': '',
  'Libpod-Api-Version': '4.3.1',
  Server: 'Libpod/4.3.1 (linux)',
};

export async function startStandInEngine(
  opts: { ping?: Record<string, string>; handler?: Handler } = {},
): Promise<StandInEngine> {
  const dir = mkdtempSync(join(tmpdir(), 'dfs-standin-'));
  const socketPath = join(dir, 'engine.sock');
  const requests: string[] = [];
  const server = http.createServer((req, res) => {
    requests.push(req.url ?? '');
    const chunks: Buffer[] = [];
    req.on('data', (chunk: Buffer) => chunks.push(chunk));
    req.on('end', () => {
      if (req.url === '/_ping') {
        res.writeHead(200, { ...dockerPing, ...opts.ping });
        res.end('OK');
      } else if (opts.handler) opts.handler(req, res, Buffer.concat(chunks));
      else res.writeHead(404, { 'Content-Type': 'application/json' }).end('{"message":"page not found"}');
    });
  });
  await new Promise<void>((resolve) => server.listen(socketPath, resolve));
  return {
    host: `unix://${socketPath}`,
    socketPath,
    requests,
    server,
    close: async () => {
      server.closeAllConnections();
      await new Promise<void>((resolve) => server.close(() => resolve()));
      rmSync(dir, { recursive: true, force: true });
    },
  };
}

/** Writes `data` in pieces of `size` bytes, each flushed on its own, so the client sees arbitrary chunk splits. */
export async function writeInPieces(res: http.ServerResponse, data: Buffer, size: number): Promise<void> {
  for (let offset = 0; offset < data.length; offset += size) {
    res.write(data.subarray(offset, offset + size));
    await new Promise((resolve) => setImmediate(resolve));
  }
  res.end();
}
