// HTTP to the engine over a unix socket, a named pipe, TCP (+TLS) or `ssh … docker system dial-stdio`.
import { spawn } from 'node:child_process';
import { readFileSync } from 'node:fs';
import * as http from 'node:http';
import * as https from 'node:https';
import { Duplex, PassThrough, pipeline, type Readable } from 'node:stream';
import type { EngineEndpoint } from './connection';
import { cancelledError, EngineError, errorCode, fromHttpStatus, fromSocketError } from './errors';

export type TransportBody = Buffer | string | NodeJS.ReadableStream;

export interface TransportRequest {
  method: string;
  path: string;
  headers?: http.OutgoingHttpHeaders;
  body?: TransportBody;
  signal?: AbortSignal;
}

export interface TransportResponse {
  status: number;
  headers: http.IncomingHttpHeaders;
  /** Errors on this stream are EngineErrors (`stream` when the connection breaks, `cancelled` on abort). */
  body: Readable;
}

export class Transport {
  private readonly agent: http.Agent | undefined;
  private readonly baseOptions: http.RequestOptions | https.RequestOptions;

  constructor(
    readonly endpoint: EngineEndpoint,
    private readonly locale?: string,
  ) {
    this.baseOptions = this.connectionOptions();
    this.agent = endpoint.kind === 'ssh' ? undefined : newAgent(endpoint, this.baseOptions);
  }

  /** Resolves once the response headers arrive. */
  send(request: TransportRequest): Promise<TransportResponse> {
    return new Promise((resolve, reject) => {
      const { req, state } = this.open(request, reject);
      req.on('response', (res) => {
        state.responded = true;
        const body = new PassThrough();
        res.on('error', (err) => body.destroy(fromSocketError(err, this.endpoint.host, this.locale, true)));
        res.pipe(body);
        body.on('close', () => state.cleanup());
        state.onAbort = () => {
          body.destroy(cancelledError(this.locale));
          req.destroy(); // hang up, so that the engine stops what the request started (a build, a pull)
        };
        state.onLateError = (err) => body.destroy(err as Error);
        resolve({ status: res.statusCode ?? 0, headers: res.headers, body });
      });
    });
  }

  /** Sends an `Upgrade` request (`tcp`, or `h2c`) and hands back the raw connection (101, or 200 on older engines). */
  upgrade(request: TransportRequest, protocol = 'tcp'): Promise<Duplex> {
    const headers = { ...request.headers, Connection: 'Upgrade', Upgrade: protocol };
    return new Promise((resolve, reject) => {
      const { req, fail, state } = this.open({ ...request, headers }, reject);
      req.on('upgrade', (_res, socket, head) => {
        state.responded = true;
        if (head.length > 0) socket.unshift(head);
        state.onAbort = () => socket.destroy(cancelledError(this.locale));
        socket.on('close', () => state.cleanup());
        resolve(socket);
      });
      req.on('response', (res) => {
        state.responded = true;
        const status = res.statusCode ?? 0;
        if (status === 200 && req.socket) {
          const raw = Duplex.from({ readable: res, writable: req.socket });
          state.onAbort = () => raw.destroy(cancelledError(this.locale));
          raw.on('close', () => state.cleanup());
          resolve(raw);
          return;
        }
        readText(res).then((text) => fail(fromHttpStatus(status, text, this.locale)), fail);
      });
    });
  }

  close(): void {
    this.agent?.destroy();
  }

  private open(request: TransportRequest, reject: (err: unknown) => void) {
    const host = this.endpoint.host;
    const state = new RequestState();
    const options: http.RequestOptions = {
      ...this.baseOptions,
      method: request.method,
      path: request.path,
      headers: request.headers ?? {},
    };
    if (this.agent) options.agent = this.agent;
    else options.createConnection = () => sshConnection(this.endpoint, this.locale);
    const req = (this.endpoint.tls ? https.request : http.request)(options);
    const fail = (err: unknown): void => {
      state.cleanup();
      req.destroy();
      reject(err);
    };
    req.on('socket', (socket) => {
      if ('connecting' in socket && socket.connecting) socket.once('connect', () => (state.connected = true));
      else state.connected = true;
    });
    req.on('error', (err) => {
      const mapped =
        state.bodyError ??
        (state.aborted ? cancelledError(this.locale) : fromSocketError(err, host, this.locale, state.connected));
      if (state.responded) state.onLateError(mapped);
      else fail(mapped);
    });
    state.watch(request.signal, () => {
      state.aborted = true;
      if (state.responded) state.onAbort();
      else fail(cancelledError(this.locale));
    });
    if (!state.aborted) writeBody(req, request.body, state);
    return { req, fail, state };
  }

  private connectionOptions(): https.RequestOptions {
    const { endpoint } = this;
    if (endpoint.kind === 'unix' || endpoint.kind === 'npipe') return { socketPath: endpoint.socketPath };
    if (endpoint.kind === 'ssh') return { host: 'docker' };
    const options: https.RequestOptions = { host: endpoint.hostname, port: endpoint.port };
    const tls = endpoint.tls;
    if (!tls) return options;
    options.rejectUnauthorized = tls.verify;
    const read = (file: string | undefined): Buffer | undefined =>
      file ? readTlsFile(file, endpoint.host, tls.verify || file !== tls.caFile) : undefined;
    const ca = read(tls.caFile),
      cert = read(tls.certFile),
      key = read(tls.keyFile);
    if (ca) options.ca = ca;
    if (cert) options.cert = cert;
    if (key) options.key = key;
    return options;
  }
}

/** Bookkeeping shared by one request's listeners. */
class RequestState {
  connected = false;
  responded = false;
  aborted = false;
  bodyError: unknown = undefined;
  onAbort: () => void = () => undefined;
  onLateError: (err: unknown) => void = () => undefined;
  private unwatch: () => void = () => undefined;

  watch(signal: AbortSignal | undefined, onAbort: () => void): void {
    if (!signal) return;
    if (signal.aborted) {
      onAbort();
      return;
    }
    signal.addEventListener('abort', onAbort, { once: true });
    this.unwatch = () => signal.removeEventListener('abort', onAbort);
  }

  cleanup(): void {
    this.unwatch();
  }
}

function writeBody(req: http.ClientRequest, body: TransportBody | undefined, state: RequestState): void {
  if (body === undefined || typeof body === 'string' || Buffer.isBuffer(body)) {
    req.end(body);
    return;
  }
  (body as Readable).once('error', (err) => (state.bodyError ??= err));
  pipeline(body, req, () => undefined); // errors surface through req's 'error' listener, tagged by bodyError
}

function newAgent(endpoint: EngineEndpoint, options: https.RequestOptions): http.Agent {
  if (!endpoint.tls) return new http.Agent({ keepAlive: true });
  const { ca, cert, key, rejectUnauthorized } = options;
  return new https.Agent({ keepAlive: true, ca, cert, key, rejectUnauthorized });
}

function readTlsFile(file: string, host: string, required: boolean): Buffer | undefined {
  try {
    return readFileSync(file);
  } catch (err) {
    if (!required) return undefined;
    throw new EngineError({ kind: 'tls', id: 'tlsFiles', hintId: 'tlsHint', params: { host, file }, cause: err });
  }
}

/** The docker CLI's ssh transport: HTTP over the stdio of `ssh [-l user] [-p port] -- host docker system dial-stdio`. */
function sshConnection(endpoint: EngineEndpoint, locale?: string): Duplex {
  const target = `${endpoint.sshUser ? `${endpoint.sshUser}@` : ''}${endpoint.hostname ?? ''}`;
  const args = ['-T', '-o', 'ConnectTimeout=30'];
  if (endpoint.sshUser) args.push('-l', endpoint.sshUser);
  if (endpoint.port) args.push('-p', String(endpoint.port));
  args.push('--', endpoint.hostname ?? '', 'docker', 'system', 'dial-stdio');
  const child = spawn('ssh', args, { stdio: ['pipe', 'pipe', 'pipe'] });
  const connection = Duplex.from({ readable: child.stdout, writable: child.stdin });
  let stderr = '';
  child.stderr.on('data', (chunk: Buffer) => (stderr = (stderr + chunk.toString('utf8')).slice(-2000)));
  child.on('error', (err) => {
    const error =
      errorCode(err) === 'ENOENT'
        ? new EngineError({
            kind: 'unreachable',
            id: 'sshMissing',
            hintId: 'sshHint',
            params: { host: endpoint.host, target },
            locale,
            cause: err,
          })
        : fromSocketError(err, endpoint.host, locale, false);
    connection.destroy(error);
  });
  child.on('exit', (code) => {
    if (code && !connection.destroyed) {
      const detail = stderr.trim() || `ssh exited with code ${code}`;
      connection.destroy(
        new EngineError({
          kind: 'unreachable',
          id: 'streamLost',
          hintId: 'sshHint',
          params: { host: endpoint.host, target, detail },
          locale,
        }),
      );
    }
  });
  connection.on('close', () => child.kill());
  return connection;
}

export async function readText(stream: NodeJS.ReadableStream): Promise<string> {
  const chunks: Buffer[] = [];
  for await (const chunk of stream) chunks.push(typeof chunk === 'string' ? Buffer.from(chunk) : chunk);
  return Buffer.concat(chunks).toString('utf8');
}
