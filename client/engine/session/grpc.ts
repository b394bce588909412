// gRPC served on an HTTP/2 connection that the engine opens to us (over the hijacked `POST /session`): the 5-byte
// message framing, `grpc-status` trailers, and a small table of unary and bidirectional-stream methods.
import { once } from 'node:events';
import * as http2 from 'node:http2';
import type { Duplex } from 'node:stream';

/** The status codes we answer with (grpc/codes). */
export const GrpcCode = {
  ok: 0,
  cancelled: 1,
  unknown: 2,
  invalidArgument: 3,
  notFound: 5,
  permissionDenied: 7,
  unimplemented: 12,
  internal: 13,
  unavailable: 14,
} as const;

/** A failure to report to the caller as a gRPC status. */
export class GrpcError extends Error {
  constructor(
    readonly code: number,
    message: string,
  ) {
    super(message);
    this.name = 'GrpcError';
  }
}

/** Prefixes messages with gRPC's header each: a zero compression flag and the big-endian length. */
export function frameMessages(messages: readonly Uint8Array[]): Buffer {
  const size = messages.reduce((total, m) => total + 5 + m.length, 0);
  const out = Buffer.allocUnsafe(size);
  let offset = 0;
  for (const message of messages) {
    out.writeUInt8(0, offset);
    out.writeUInt32BE(message.length, offset + 1);
    out.set(message, offset + 5);
    offset += 5 + message.length;
  }
  return out;
}

/** Splits a byte stream into gRPC messages, whatever the chunking. Compressed messages are refused: we offer none. */
export class MessageReader {
  private chunks: Buffer[] = [];
  private buffered = 0;

  push(chunk: Buffer): Buffer[] {
    this.chunks.push(chunk);
    this.buffered += chunk.length;
    const messages: Buffer[] = [];
    while (this.buffered >= 5) {
      const head = this.take(5, false);
      const length = head.readUInt32BE(1);
      if (head[0] !== 0) throw new GrpcError(GrpcCode.internal, 'compressed gRPC messages are not supported');
      if (this.buffered < 5 + length) break;
      this.take(5, true);
      messages.push(this.take(length, true));
    }
    return messages;
  }

  /** Bytes of a message not yet complete. */
  get pending(): number {
    return this.buffered;
  }

  private take(size: number, consume: boolean): Buffer {
    const all = this.chunks.length === 1 && this.chunks[0] ? this.chunks[0] : Buffer.concat(this.chunks);
    const taken = all.subarray(0, size);
    this.chunks = consume ? [all.subarray(size)] : [all];
    if (consume) this.buffered -= size;
    return taken;
  }
}

/** Request metadata: header names in lower case, each with its values in order. */
export type Metadata = ReadonlyMap<string, readonly string[]>;

export interface Call {
  metadata: Metadata;
  /** Aborted when the engine cancels the call or the connection ends. */
  signal: AbortSignal;
}

export interface StreamCall extends Call {
  messages: AsyncIterable<Buffer>;
  /** Sends messages in one write; resolves when more may be sent. */
  send(...messages: Uint8Array[]): Promise<void>;
}

export type UnaryHandler = (request: Buffer, call: Call) => Promise<Uint8Array>;
export type StreamHandler = (call: StreamCall) => Promise<void>;

type Handler = { kind: 'unary'; run: UnaryHandler } | { kind: 'stream'; run: StreamHandler };

const skippedHeaders = new Set(['content-type', 'te', 'user-agent', 'grpc-timeout', 'grpc-encoding']);

function metadataOf(rawHeaders: readonly string[]): Metadata {
  const metadata = new Map<string, string[]>();
  for (let i = 0; i + 1 < rawHeaders.length; i += 2) {
    const name = (rawHeaders[i] ?? '').toLowerCase();
    if (name.startsWith(':') || skippedHeaders.has(name) || name.startsWith('grpc-accept')) continue;
    metadata.set(name, [...(metadata.get(name) ?? []), rawHeaders[i + 1] ?? '']);
  }
  return metadata;
}

/** gRPC's grpc-message: percent-encoded outside printable ASCII. */
function statusMessage(text: string): string {
  return Buffer.from(text, 'utf8').reduce(
    (out, byte) =>
      out +
      (byte >= 0x20 && byte <= 0x7e && byte !== 0x25
        ? String.fromCharCode(byte)
        : `%${byte.toString(16).padStart(2, '0')}`),
    '',
  );
}

function statusOf(err: unknown): { code: number; message: string } {
  if (err instanceof GrpcError) return { code: err.code, message: err.message };
  return { code: GrpcCode.unknown, message: err instanceof Error ? err.message : String(err) };
}

/** Resolves when the stream can take more data, or is gone. */
function writable(stream: http2.ServerHttp2Stream): Promise<void> {
  if (stream.destroyed || !stream.writableNeedDrain) return Promise.resolve();
  const gone = new AbortController();
  return Promise.race([
    once(stream, 'drain', { signal: gone.signal }),
    once(stream, 'close', { signal: gone.signal }),
  ]).then(
    () => gone.abort(),
    () => gone.abort(),
  );
}

/** One call in progress: sends the response headers once, then messages, then the status in trailers. */
class CallResponse {
  private headersSent = false;

  constructor(
    private readonly stream: http2.ServerHttp2Stream,
    private readonly counter: { bytesSent: number },
  ) {}

  async send(messages: Uint8Array[]): Promise<void> {
    if (this.stream.destroyed) throw new GrpcError(GrpcCode.cancelled, 'the call was cancelled');
    this.sendHeaders();
    const bytes = frameMessages(messages);
    this.counter.bytesSent += bytes.length;
    this.stream.write(bytes);
    await writable(this.stream);
  }

  finish(code: number, message = ''): void {
    if (this.stream.destroyed || this.stream.closed) return;
    const status = { 'grpc-status': String(code), ...(message ? { 'grpc-message': statusMessage(message) } : {}) };
    if (!this.headersSent) {
      this.headersSent = true; // a trailers-only answer
      this.stream.respond({ ':status': 200, 'content-type': 'application/grpc', ...status }, { endStream: true });
      return;
    }
    this.stream.once('wantTrailers', () => this.stream.sendTrailers(status));
    this.stream.end();
  }

  private sendHeaders(): void {
    if (this.headersSent) return;
    this.headersSent = true;
    this.stream.respond({ ':status': 200, 'content-type': 'application/grpc' }, { waitForTrailers: true });
  }
}

async function* readMessages(stream: http2.ServerHttp2Stream): AsyncGenerator<Buffer> {
  const reader = new MessageReader();
  // Reading to the end must not destroy the stream: our answer and its trailers still go out on it.
  for await (const chunk of stream.iterator({ destroyOnReturn: false }) as AsyncIterable<Buffer>)
    yield* reader.push(chunk);
  if (reader.pending > 0) throw new GrpcError(GrpcCode.internal, 'the last gRPC message was cut short');
}

/** Serves registered methods on connections where the peer is the HTTP/2 client (h2c with prior knowledge). */
export class GrpcServer {
  /** Framed bytes of every message sent, for measuring what a build transferred. */
  bytesSent = 0;
  private readonly handlers = new Map<string, Handler>();
  private readonly server = http2.createServer();
  private readonly sessions = new Set<http2.ServerHttp2Session>();

  constructor() {
    // Node passes the raw header list last (untyped here): repeated metadata keys keep every value, in order.
    const onStream = (stream: http2.ServerHttp2Stream, headers: http2.IncomingHttpHeaders, ...rest: unknown[]): void =>
      void this.dispatch(stream, String(headers[':path'] ?? ''), (rest[1] as string[] | undefined) ?? []);
    this.server.on('stream', onStream);
    this.server.on('session', (session) => {
      this.sessions.add(session);
      session.on('close', () => this.sessions.delete(session));
      session.on('error', () => undefined); // a broken connection ends the session; its calls see their streams close
    });
  }

  unary(path: string, run: UnaryHandler): void {
    this.handlers.set(path, { kind: 'unary', run });
  }

  stream(path: string, run: StreamHandler): void {
    this.handlers.set(path, { kind: 'stream', run });
  }

  /** The `/package.Service/Method` paths served, as the session announces them. */
  get methods(): string[] {
    return [...this.handlers.keys()];
  }

  serve(connection: Duplex): void {
    this.server.emit('connection', connection);
  }

  /** Ends every connection: open calls are cancelled. */
  close(): void {
    for (const session of this.sessions) session.destroy();
    this.server.close();
  }

  private async dispatch(stream: http2.ServerHttp2Stream, path: string, rawHeaders: readonly string[]): Promise<void> {
    stream.on('error', () => undefined); // a reset stream closes; the handler sees its signal
    const response = new CallResponse(stream, this);
    const handler = this.handlers.get(path);
    if (!handler) return response.finish(GrpcCode.unimplemented, 'unknown service or method');
    const ended = new AbortController();
    stream.once('close', () => ended.abort());
    const call: Call = { metadata: metadataOf(rawHeaders), signal: ended.signal };
    try {
      if (handler.kind === 'unary') {
        const [request] = await collect(readMessages(stream), 1);
        const reply = await handler.run(request ?? Buffer.alloc(0), call);
        await response.send([reply]);
      } else {
        const messages = readMessages(stream);
        await handler.run({ ...call, messages, send: (...m) => response.send(m) });
      }
      response.finish(GrpcCode.ok);
    } catch (err) {
      const { code, message } = statusOf(err);
      response.finish(code, message);
    }
  }
}

async function collect(messages: AsyncIterable<Buffer>, limit: number): Promise<Buffer[]> {
  const out: Buffer[] = [];
  for await (const message of messages) if (out.length < limit) out.push(message);
  return out;
}
