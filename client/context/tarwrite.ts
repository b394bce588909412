// Writes context entries as a tar into a Readable, in chunks of about 64 KiB handed over when full, pausing while
// the reader is behind. Small files are read synchronously straight into the chunk (an async call per file would cost
// more than the read itself); large files are streamed, so memory stays flat whatever their size.
import { closeSync, constants, createReadStream, openSync, readSync } from 'node:fs';
import type { Readable } from 'node:stream';
import { ContextError, fsError } from './errors.js';
import { BLOCK, encodeHeader } from './tar-header.js';
import { fsPath, type ContextEntry } from './walk.js';

/** Files up to this size are read in one synchronous call. */
export const SMALL_FILE_LIMIT = 512 * 1024;
const CHUNK = 64 * 1024;
const STREAM_CHUNK = 1024 * 1024;
/** Two zero blocks end the archive. */
const END_OF_ARCHIVE = 2 * BLOCK;

const padding = (size: number): number => (BLOCK - (size % BLOCK)) % BLOCK;
/** A file swapped for a pipe since it was listed must fail, not block the build forever. */
const READ_FLAGS = constants.O_RDONLY | constants.O_NONBLOCK;

/** The tar's way to its reader. */
export class TarSink {
  private chunk = Buffer.allocUnsafe(CHUNK);
  private used = 0;
  private wake: (() => void) | undefined;

  constructor(
    private readonly out: Readable,
    private readonly signal: AbortSignal,
  ) {}

  /** The reader wants more (the stream's `read`). */
  resume(): void {
    const wake = this.wake;
    this.wake = undefined;
    wake?.();
  }

  /** Makes room for `n` more bytes in the chunk; a promise when the reader must catch up first. */
  ensure(n: number): Promise<void> | undefined {
    if (this.used + n <= this.chunk.length) return undefined;
    const wait = this.flush();
    if (n > this.chunk.length) this.chunk = Buffer.allocUnsafe(n);
    return wait;
  }

  /** Where the next `n` bytes go (after `ensure(n)`); they count as written. */
  take(n: number): { buf: Buffer; at: number } {
    const at = this.used;
    this.used += n;
    return { buf: this.chunk, at };
  }

  append(bytes: Buffer): void {
    bytes.copy(this.chunk, this.used);
    this.used += bytes.length;
  }

  zeros(n: number): void {
    this.chunk.fill(0, this.used, this.used + n);
    this.used += n;
  }

  /** Hands over what the chunk holds; a promise when the reader is behind. */
  flush(): Promise<void> | undefined {
    if (this.used === 0) return undefined;
    const full = this.chunk.subarray(0, this.used);
    this.chunk = Buffer.allocUnsafe(CHUNK);
    this.used = 0;
    return this.send(full);
  }

  /** Hands over a buffer as it is (after what the chunk holds). */
  send(bytes: Buffer): Promise<void> | undefined {
    const wait = this.used > 0 ? this.flush() : undefined;
    if (wait) return wait.then(() => this.send(bytes));
    return this.out.push(bytes) ? undefined : this.readerCaughtUp();
  }

  /** Hands over the rest and ends the stream. */
  async end(): Promise<void> {
    await this.flush();
    this.out.push(null);
  }

  private readerCaughtUp(): Promise<void> {
    return new Promise((resolve, reject) => {
      const onAbort = (): void => reject(new ContextError('cancelled'));
      if (this.signal.aborted) return onAbort();
      this.signal.addEventListener('abort', onAbort, { once: true });
      this.wake = () => {
        this.signal.removeEventListener('abort', onAbort);
        resolve();
      };
    });
  }
}

/** Reads exactly `size` bytes of the file into `buf` at `at`, or fails with a clear error. */
function readSmallFile(entry: ContextEntry, buf: Buffer, at: number): void {
  let fd: number;
  try {
    fd = openSync(fsPath(entry.absPath), READ_FLAGS);
  } catch (err) {
    throw fsError(err, entry.absPath);
  }
  try {
    for (let offset = 0; offset < entry.size;) {
      const n = readSync(fd, buf, at + offset, entry.size - offset, offset);
      if (n === 0) throw new ContextError('file-changed', { path: entry.absPath });
      offset += n;
    }
  } catch (err) {
    throw err instanceof ContextError ? err : fsError(err, entry.absPath);
  } finally {
    closeSync(fd);
  }
}

async function streamLargeFile(sink: TarSink, entry: ContextEntry, signal: AbortSignal): Promise<void> {
  const header = encodeHeader(entry);
  await sink.ensure(header.length);
  sink.append(header);
  let fd: number;
  try {
    fd = openSync(fsPath(entry.absPath), READ_FLAGS);
  } catch (err) {
    throw fsError(err, entry.absPath);
  }
  const source = createReadStream('', { fd, start: 0, end: entry.size - 1, highWaterMark: STREAM_CHUNK, signal });
  let sent = 0;
  try {
    for await (const chunk of source as AsyncIterable<Buffer>) {
      sent += chunk.length;
      await sink.send(chunk);
    }
  } catch (err) {
    throw signal.aborted
      ? new ContextError('cancelled')
      : err instanceof ContextError
        ? err
        : fsError(err, entry.absPath);
  }
  if (sent !== entry.size) throw new ContextError('file-changed', { path: entry.absPath });
  await sink.ensure(padding(entry.size));
  sink.zeros(padding(entry.size));
}

/** Writes every entry in order, then the end of the archive; resolves once the reader has been handed all of it. */
export async function writeTar(
  sink: TarSink,
  entries: Iterable<ContextEntry>,
  signal: AbortSignal,
  bodyOf: (entry: ContextEntry) => Buffer | undefined = () => undefined,
): Promise<void> {
  for (const entry of entries) {
    if (signal.aborted) throw new ContextError('cancelled');
    const body = bodyOf(entry);
    if (body === undefined && entry.type === 'file' && entry.size > SMALL_FILE_LIMIT) {
      await streamLargeFile(sink, entry, signal);
      continue;
    }
    const size = body?.length ?? (entry.type === 'file' ? entry.size : 0);
    const header = encodeHeader({ ...entry, size });
    const wait = sink.ensure(header.length + size + padding(size));
    if (wait) await wait;
    sink.append(header);
    if (body) sink.append(body);
    else if (size > 0) {
      const { buf, at } = sink.take(size);
      readSmallFile(entry, buf, at);
    }
    sink.zeros(padding(size));
  }
  await sink.ensure(END_OF_ARCHIVE);
  sink.zeros(END_OF_ARCHIVE);
  await sink.end();
}
