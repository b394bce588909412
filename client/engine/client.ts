// The Docker Engine API client: ping, version negotiation, versioned requests, JSON and hijacked streams.
import type { IncomingHttpHeaders } from 'node:http';
import type { Duplex, Readable } from 'node:stream';
import type { EngineEndpoint } from './connection';
import { describeRequest, EngineError, fromHttpStatus } from './errors';
import { ERROR_TEXT_BYTES, readText, Transport, type TransportBody } from './transport';

/** The range of API versions this client speaks. */
export const MIN_API_VERSION = '1.40';
export const MAX_API_VERSION = '1.47';

/** Beyond this, a JSON answer is cut (and so fails to parse): no inspect or list comes near. */
const JSON_ANSWER_BYTES = 256 * 1024 * 1024;

export type QueryValue = string | number | boolean | string[] | undefined;
export type Query = Record<string, QueryValue>;

export interface RequestOptions {
  query?: Query;
  /** A Buffer, string or stream is sent as is; any other value is sent as JSON. */
  body?: TransportBody | object;
  /** A list sends the header once per value. */
  headers?: Record<string, string | string[]>;
  signal?: AbortSignal;
  /** Added to the response timeout, for requests the engine answers only once done (`stop` waits up to `t` s). */
  extraWaitMs?: number;
}

export interface EngineResponse {
  status: number;
  headers: IncomingHttpHeaders;
  body: Readable;
}

export interface ConnectOptions {
  signal?: AbortSignal;
  /** Locale of error messages, e.g. `ko`; defaults to the environment's. */
  locale?: string;
}

export class EngineClient {
  private constructor(
    readonly endpoint: EngineEndpoint,
    private readonly transport: Transport,
    /** The negotiated version used in paths, e.g. `1.41`. */
    readonly apiVersion: string,
    /** What the engine reported in `Api-Version`. */
    readonly engineApiVersion: string,
    readonly isPodman: boolean,
    /** `Builder-Version` from `/_ping`: `2` means BuildKit is the default, `1` classic; undefined when absent or empty. */
    readonly builderVersion: string | undefined,
    /** The `Server` header, e.g. `Docker/20.10.24 (linux)` or `Libpod/4.3.1 (linux)`. */
    readonly serverName: string,
    readonly locale: string | undefined,
  ) {}

  /** Pings the engine and picks the highest API version both sides speak. */
  static async connect(endpoint: EngineEndpoint, opts: ConnectOptions = {}): Promise<EngineClient> {
    const transport = await Transport.open(endpoint, opts.locale);
    try {
      const res = await transport.send({
        method: 'GET',
        path: '/_ping',
        deadlineMs: transport.timeouts.connectMs,
        ...(opts.signal ? { signal: opts.signal } : {}),
      });
      const text = await readText(res.body, { maxBytes: ERROR_TEXT_BYTES });
      if (res.status !== 200) throw fromHttpStatus(res.status, text, opts.locale, 'GET /_ping');
      const header = (name: string): string => String(res.headers[name] ?? '').trim();
      const engineVersion = header('api-version');
      const apiVersion = negotiateVersion(engineVersion, endpoint.host, opts.locale);
      const server = header('server');
      const isPodman = /^libpod\//i.test(server) || header('libpod-api-version') !== '';
      return new EngineClient(
        endpoint,
        transport,
        apiVersion,
        engineVersion,
        isPodman,
        header('builder-version') || undefined,
        server,
        opts.locale,
      );
    } catch (err) {
      transport.close();
      throw err;
    }
  }

  /** Whether `POST /build?version=2` runs BuildKit here (Podman ignores `version`). */
  get supportsBuildKit(): boolean {
    if (this.isPodman) return false;
    if (this.builderVersion === '1') return false;
    return compareVersions(this.engineApiVersion, '1.39') >= 0;
  }

  /** Sends a request to `/v<apiVersion><path>`. Throws an EngineError carrying the engine's message on HTTP >= 400. */
  async request(method: string, path: string, opts: RequestOptions = {}): Promise<EngineResponse> {
    const res = await this.transport.send({
      method,
      path: this.versionedPath(path, opts.query),
      ...this.payload(opts),
      ...(opts.extraWaitMs ? { extraWaitMs: opts.extraWaitMs } : {}),
    });
    if (res.status >= 400) {
      const text = await readText(res.body, this.answerLimits(method, path, ERROR_TEXT_BYTES));
      throw this.httpError(res.status, text, describeRequest(method, path));
    }
    return res;
  }

  /** Like `request`, parsing the answer as JSON (undefined for an empty body). */
  async json<T>(method: string, path: string, opts: RequestOptions = {}): Promise<T> {
    const res = await this.request(method, path, opts);
    const text = await readText(res.body, this.answerLimits(method, path, JSON_ANSWER_BYTES));
    if (text.trim() === '') return undefined as T;
    try {
      return JSON.parse(text) as T;
    } catch {
      throw new EngineError({
        kind: 'protocol',
        id: 'protocol',
        params: { host: this.endpoint.host, detail: `invalid JSON from ${method} ${path}` },
        locale: this.locale,
      });
    }
  }

  /** A hijacked connection (`Upgrade: tcp` as `attach` uses, or `h2c` for a build session): raw bytes both ways. */
  hijack(path: string, opts: Omit<RequestOptions, 'body'> & { protocol?: string } = {}): Promise<Duplex> {
    const { protocol, ...rest } = opts;
    return this.transport.upgrade(
      { method: 'POST', path: this.versionedPath(path, rest.query), ...this.payload(rest) },
      protocol,
    );
  }

  /** Releases pooled connections. */
  close(): void {
    this.transport.close();
  }

  private versionedPath(path: string, query: Query | undefined): string {
    return `/v${this.apiVersion}${path.startsWith('/') ? path : `/${path}`}${encodeQuery(query)}`;
  }

  private payload(opts: RequestOptions): {
    headers: Record<string, string | string[]>;
    body?: TransportBody;
    signal?: AbortSignal;
  } {
    const headers = { ...opts.headers };
    const out: { headers: Record<string, string | string[]>; body?: TransportBody; signal?: AbortSignal } = { headers };
    if (opts.signal) out.signal = opts.signal;
    const body = opts.body;
    if (body === undefined) return out;
    if (typeof body === 'string' || Buffer.isBuffer(body) || isStream(body)) {
      out.body = body;
      return out;
    }
    headers['Content-Type'] ??= 'application/json';
    out.body = JSON.stringify(body);
    return out;
  }

  /** A whole answer (not a stream) that stalls for the response timeout fails; a huge one is cut. */
  private answerLimits(method: string, path: string, maxBytes: number) {
    const idleMs = this.transport.timeouts.responseMs;
    return { maxBytes, idleMs, onIdle: () => this.transport.responseTimeout({ method, path }, idleMs) };
  }

  private httpError(status: number, text: string, request: string): EngineError {
    const error = fromHttpStatus(status, text, this.locale, request);
    if (status === 400 && /API version|client version .* is too (old|new)/i.test(error.engineMessage ?? '')) {
      const params = { host: this.endpoint.host, version: this.apiVersion, detail: error.engineMessage ?? '' };
      return new EngineError({
        kind: 'version',
        id: 'versionRejected',
        hintId: 'versionTooOldHint',
        params,
        status,
        locale: this.locale,
      });
    }
    return error;
  }
}

function isStream(value: unknown): value is NodeJS.ReadableStream {
  return typeof (value as { pipe?: unknown }).pipe === 'function';
}

function encodeQuery(query: Query | undefined): string {
  if (!query) return '';
  const params = new URLSearchParams();
  for (const [key, value] of Object.entries(query)) {
    if (value === undefined) continue;
    if (Array.isArray(value)) value.forEach((item) => params.append(key, item));
    else if (typeof value === 'boolean') params.append(key, value ? '1' : '0');
    else params.append(key, String(value));
  }
  const text = params.toString();
  return text ? `?${text}` : '';
}

function compareVersions(a: string, b: string): number {
  const pa = a.split('.').map(Number),
    pb = b.split('.').map(Number);
  for (let i = 0; i < Math.max(pa.length, pb.length); i++) {
    const diff = (pa[i] ?? 0) - (pb[i] ?? 0);
    if (diff !== 0) return diff;
  }
  return 0;
}

/** The highest version both sides speak: min(engine, ours), refusing engines older than MIN_API_VERSION. */
function negotiateVersion(engineVersion: string, host: string, locale?: string): string {
  if (!/^\d+\.\d+$/.test(engineVersion)) {
    throw new EngineError({ kind: 'version', id: 'versionUnknown', params: { host }, locale });
  }
  if (compareVersions(engineVersion, MIN_API_VERSION) < 0) {
    const params = { host, version: engineVersion, min: MIN_API_VERSION };
    throw new EngineError({ kind: 'version', id: 'versionTooOld', hintId: 'versionTooOldHint', params, locale });
  }
  return compareVersions(engineVersion, MAX_API_VERSION) > 0 ? MAX_API_VERSION : engineVersion;
}
