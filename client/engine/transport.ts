// HTTP to the engine over a unix socket, a named pipe, TCP (+TLS) or `ssh … docker system dial-stdio`.
import { readFileSync } from 'node:fs';
import * as http from 'node:http';
import type * as https from 'node:https';
import { Duplex, PassThrough, pipeline, type Readable } from 'node:stream';
import type { EngineEndpoint } from './connection';
import { cancelledError, describeRequest, EngineError, fromHttpStatus, fromSocketError } from './errors';
import { DEFAULT_TIMEOUTS, secondsText, type EngineTimeouts } from './timeouts';

/** What only some transports need, loaded only for them: `run` over a local socket starts sooner without TLS. */
interface LazyModules {
  https?: typeof https;
  sshConnection?: typeof import('./ssh.js').sshConnection;
}

export type TransportBody = Buffer | string | NodeJS.ReadableStream;

export interface TransportRequest {
  method: string;
  path: string;
  headers?: http.OutgoingHttpHeaders;
  body?: TransportBody;
  signal?: AbortSignal;
  /** The whole exchange, body included, must end within this (the `_ping`); replaces the wait for headers. */
  deadlineMs?: number;
  /** Added to the response timeout, for requests the engine answers only once done (`stop` waits up to `t` s). */
  extraWaitMs?: number;
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
  readonly timeouts: EngineTimeouts;

  private constructor(
    readonly endpoint: EngineEndpoint,
    private readonly locale: string | undefined,
    private readonly modules: LazyModules,
  ) {
    this.timeouts = endpoint.timeouts ?? DEFAULT_TIMEOUTS;
    this.baseOptions = this.connectionOptions();
    this.agent = endpoint.kind === 'ssh' ? undefined : this.newAgent();
  }

  static async open(endpoint: EngineEndpoint, locale?: string): Promise<Transport> {
    const modules: LazyModules = {};
    if (endpoint.tls) modules.https = await import('node:https');
    if (endpoint.kind === 'ssh') modules.sshConnection = (await import('./ssh.js')).sshConnection;
    return new Transport(endpoint, locale, modules);
  }

  /** Resolves once the response headers arrive. */
  send(request: TransportRequest): Promise<TransportResponse> {
    return new Promise((resolve, reject) => {
      const { req, state } = this.open(request, reject);
      req.on('response', (res) => {
        state.answered();
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
        state.answered();
        if (head.length > 0) socket.unshift(head);
        state.onAbort = () => socket.destroy(cancelledError(this.locale));
        socket.on('close', () => state.cleanup());
        resolve(socket);
      });
      req.on('response', (res) => {
        state.answered();
        const status = res.statusCode ?? 0;
        if (status === 200 && req.socket) {
          const raw = Duplex.from({ readable: res, writable: req.socket });
          state.onAbort = () => raw.destroy(cancelledError(this.locale));
          raw.on('close', () => state.cleanup());
          resolve(raw);
          return;
        }
        const idleMs = this.timeouts.responseMs;
        const onIdle = (): Error => this.responseTimeout(request, idleMs);
        readText(res, { maxBytes: ERROR_TEXT_BYTES, idleMs, onIdle }).then(
          (text) => fail(fromHttpStatus(status, text, this.locale, describeRequest(request.method, request.path))),
          fail,
        );
      });
    });
  }

  close(): void {
    this.agent?.destroy();
  }

  /** The error of an engine that did not start answering `request` in time. */
  responseTimeout(request: Pick<TransportRequest, 'method' | 'path'>, ms: number): EngineError {
    const params = {
      host: this.endpoint.host,
      request: describeRequest(request.method, request.path),
      seconds: secondsText(ms),
    };
    return new EngineError({
      kind: 'timeout',
      id: 'responseTimeout',
      hintId: 'responseTimeoutHint',
      params,
      locale: this.locale,
    });
  }

  private connectTimeout(): EngineError {
    const params = { host: this.endpoint.host, seconds: secondsText(this.timeouts.connectMs) };
    return new EngineError({
      kind: 'timeout',
      id: 'connectTimeout',
      hintId: 'connectTimeoutHint',
      params,
      locale: this.locale,
    });
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
    const { https, sshConnection } = this.modules;
    if (this.agent) options.agent = this.agent;
    else if (sshConnection) options.createConnection = () => sshConnection(this.endpoint, this.timeouts, this.locale);
    const req = (https ?? http).request(options);
    const fail = (err: unknown): void => {
      state.cleanup();
      req.destroy();
      reject(err);
    };
    const expire = (err: EngineError): void => (state.responded ? state.onLateError(err) : fail(err));
    this.watchTime(request, req, state, expire);
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

  /**
   * Arms the timeouts: connecting; then the headers, counted from the last byte of the request body sent (a large
   * upload is not a silent engine); or, for the `_ping`, one deadline for the whole exchange.
   */
  private watchTime(
    request: TransportRequest,
    req: http.ClientRequest,
    state: RequestState,
    expire: (err: EngineError) => void,
  ): void {
    const { connectMs, responseMs } = this.timeouts;
    const headersMs = responseMs && responseMs + (request.extraWaitMs ?? 0);
    const awaitHeaders = (): void => {
      if (!state.responded && request.deadlineMs === undefined)
        state.timers.arm('headers', headersMs, () => expire(this.responseTimeout(request, headersMs)));
    };
    if (request.deadlineMs !== undefined)
      state.timers.arm('deadline', request.deadlineMs, () => expire(this.connectTimeout()));
    state.onProgress = () => {
      if (state.connected) awaitHeaders();
    };
    req.on('finish', state.onProgress);
    req.on('socket', (socket) => {
      const connected = (): void => {
        state.connected = true;
        state.timers.clear('connect');
        awaitHeaders();
      };
      if ('connecting' in socket && socket.connecting) {
        state.timers.arm('connect', connectMs, () => expire(this.connectTimeout()));
        socket.once('connect', connected);
      } else connected();
    });
  }

  private newAgent(): http.Agent {
    const { https } = this.modules;
    if (!https) return new http.Agent({ keepAlive: true });
    const { ca, cert, key, rejectUnauthorized } = this.baseOptions as https.RequestOptions;
    return new https.Agent({ keepAlive: true, ca, cert, key, rejectUnauthorized });
  }

  private connectionOptions(): https.RequestOptions {
    const { endpoint } = this;
    // No TLS here: an empty server name spares the agent working one out from the address.
    if (endpoint.kind === 'unix' || endpoint.kind === 'npipe')
      return { socketPath: endpoint.socketPath, servername: '' };
    if (endpoint.kind === 'ssh') return { host: 'docker', servername: '' };
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
  readonly timers = new Timers();
  onAbort: () => void = () => undefined;
  onLateError: (err: unknown) => void = () => undefined;
  /** Called as the request body goes out. */
  onProgress: () => void = () => undefined;
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

  /** The headers arrived: only a deadline still runs. */
  answered(): void {
    this.responded = true;
    this.timers.clear('connect');
    this.timers.clear('headers');
  }

  cleanup(): void {
    this.unwatch();
    this.timers.clearAll();
  }
}

/** Named timers, each re-armed by arming it again; 0 ms means none. Unreferenced: a pending socket keeps us alive. */
class Timers {
  private readonly timers = new Map<string, NodeJS.Timeout>();

  arm(name: string, ms: number, onExpiry: () => void): void {
    this.clear(name);
    if (ms > 0) this.timers.set(name, setTimeout(onExpiry, ms).unref());
  }

  clear(name: string): void {
    clearTimeout(this.timers.get(name));
    this.timers.delete(name);
  }

  clearAll(): void {
    for (const name of [...this.timers.keys()]) this.clear(name);
  }
}

function writeBody(req: http.ClientRequest, body: TransportBody | undefined, state: RequestState): void {
  if (body === undefined || typeof body === 'string' || Buffer.isBuffer(body)) {
    req.end(body);
    return;
  }
  (body as Readable).once('error', (err) => (state.bodyError ??= err));
  (body as Readable).on('data', state.onProgress);
  pipeline(body, req, () => undefined); // errors surface through req's 'error' listener, tagged by bodyError
}

function readTlsFile(file: string, host: string, required: boolean): Buffer | undefined {
  try {
    return readFileSync(file);
  } catch (err) {
    if (!required) return undefined;
    throw new EngineError({ kind: 'tls', id: 'tlsFiles', hintId: 'tlsHint', params: { host, file }, cause: err });
  }
}

/** How much of an error answer is kept: its message is near the start. */
export const ERROR_TEXT_BYTES = 64 * 1024;

export interface ReadLimits {
  /** Keep at most this many bytes and stop reading there. */
  maxBytes?: number;
  /** Fail with `onIdle()` when no byte arrives for this long. */
  idleMs?: number;
  onIdle?: () => Error;
}

/** Reads a whole (non-streaming) answer as text, within the limits given. */
export async function readText(stream: NodeJS.ReadableStream, limits: ReadLimits = {}): Promise<string> {
  const chunks: Buffer[] = [];
  let size = 0;
  const timers = new Timers();
  const { idleMs = 0, onIdle, maxBytes = Infinity } = limits;
  const armIdle = (): void => timers.arm('idle', onIdle ? idleMs : 0, () => (stream as Readable).destroy(onIdle?.()));
  armIdle();
  try {
    for await (const chunk of stream) {
      armIdle();
      const bytes = typeof chunk === 'string' ? Buffer.from(chunk) : chunk;
      chunks.push(bytes.subarray(0, maxBytes - size));
      size += bytes.length;
      if (size >= maxBytes) break; // leaving the loop destroys the stream
    }
  } finally {
    timers.clearAll();
  }
  return Buffer.concat(chunks).toString('utf8');
}
