// A tiny stand-in Docker engine on a unix socket. It answers just enough of the API for
// `DOCKER_BUILDKIT=0 docker build` to upload its context, and records each uploaded body.
import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

export interface RecordedBuild {
  query: URLSearchParams;
  /** The whole body (only when the engine was started with `keepBodies`). */
  body: Buffer;
  bytes: number;
  /** ms from the request's arrival to the end of its body. */
  receiveMs: number;
  /** process.hrtime.bigint() when the body ended. */
  endedAt: bigint;
}

export interface StandinEngine {
  socketPath: string;
  host: string;
  builds: RecordedBuild[];
  /** Resolves with the next build request once its body has been read. */
  nextBuild(): Promise<RecordedBuild>;
  close(): Promise<void>;
}

const API_VERSION = '1.41';

function answerPing(req: IncomingMessage, res: ServerResponse): void {
  res.writeHead(200, {
    'Api-Version': API_VERSION,
    Ostype: 'linux',
    'Content-Type': 'text/plain; charset=utf-8',
    'Cache-Control': 'no-cache, no-store, must-revalidate',
  });
  res.end(req.method === 'HEAD' ? undefined : 'OK');
}

function answerVersion(res: ServerResponse): void {
  res.writeHead(200, { 'Content-Type': 'application/json', 'Api-Version': API_VERSION });
  res.end(
    JSON.stringify({
      Version: '20.10.0-standin',
      ApiVersion: API_VERSION,
      MinAPIVersion: '1.12',
      Os: 'linux',
      Arch: 'amd64',
      KernelVersion: 'standin',
      GoVersion: 'none',
      GitCommit: 'standin',
    }),
  );
}

function answerBuildSuccess(res: ServerResponse): void {
  res.writeHead(200, { 'Content-Type': 'application/json', 'Api-Version': API_VERSION });
  const id = 'sha256:' + '0'.repeat(64);
  res.write(JSON.stringify({ stream: 'Step 1/1 : FROM scratch\n' }) + '\r\n');
  res.write(JSON.stringify({ aux: { ID: id } }) + '\r\n');
  res.end(JSON.stringify({ stream: `Successfully built ${id.slice(7, 19)}\n` }) + '\r\n');
}

export async function startStandinEngine(opts: { keepBodies?: boolean } = {}): Promise<StandinEngine> {
  const dir = mkdtempSync(join(tmpdir(), 'standin-engine-'));
  const socketPath = join(dir, 'docker.sock');
  const builds: RecordedBuild[] = [];
  const waiters: ((b: RecordedBuild) => void)[] = [];

  const record = (req: IncomingMessage, res: ServerResponse, query: URLSearchParams): void => {
    const started = process.hrtime.bigint();
    const chunks: Buffer[] = [];
    let bytes = 0;
    req.on('data', (chunk: Buffer) => {
      bytes += chunk.length;
      if (opts.keepBodies !== false) chunks.push(chunk);
    });
    req.on('end', () => {
      const endedAt = process.hrtime.bigint();
      const build: RecordedBuild = {
        query,
        body: Buffer.concat(chunks),
        bytes,
        endedAt,
        receiveMs: Number(endedAt - started) / 1e6,
      };
      builds.push(build);
      waiters.shift()?.(build);
      answerBuildSuccess(res);
    });
  };

  const server: Server = createServer((req, res) => {
    const url = new URL(req.url ?? '/', 'http://standin');
    const path = url.pathname.replace(/^\/v[0-9.]+/, '');
    if (path === '/_ping') return answerPing(req, res);
    if (path === '/version') return answerVersion(res);
    if (path === '/build' && req.method === 'POST') return record(req, res, url.searchParams);
    req.resume();
    res.writeHead(404, { 'Content-Type': 'application/json' });
    res.end(JSON.stringify({ message: `stand-in engine: ${req.method ?? ''} ${path} is not implemented` }));
  });
  server.keepAliveTimeout = 100;
  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(socketPath, resolve);
  });

  return {
    socketPath,
    host: `unix://${socketPath}`,
    builds,
    nextBuild: () => new Promise((resolve) => waiters.push(resolve)),
    close: () =>
      new Promise<void>((resolve) => {
        server.closeAllConnections();
        server.close(() => {
          rmSync(dir, { recursive: true, force: true });
          resolve();
        });
      }),
  };
}
