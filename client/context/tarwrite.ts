// Writes context entries into a tar-stream pack with backpressure. Small files are read
// synchronously in batches (an async call per file would cost more than the read itself); large
// files are streamed so memory stays flat whatever their size.
import { closeSync, createReadStream, openSync, readSync } from 'node:fs';
import { once } from 'node:events';
import type { Header, Pack } from 'tar-stream';
import { ContextError, fsError } from './errors.js';
import type { ContextEntry } from './walk.js';

/** Files up to this size are read in one synchronous call. */
export const SMALL_FILE_LIMIT = 512 * 1024;
/** Entries and bytes queued into the pack before waiting for the consumer (tar-stream queues entries in an array it shifts). */
const BATCH_ENTRIES = 128;
const BATCH_BYTES = 1024 * 1024;
const STREAM_CHUNK = 1024 * 1024;
/** tar-stream replaces a mode of 0 with its default; a bit outside 0o7777 keeps it 0 in the header. */
type TarHeader = Partial<Header> & Pick<Header, 'name'>;
type Sink = ReturnType<Pack['entry']>;

const KEEP_ZERO_MODE = 0o100000;
const EMPTY = Buffer.alloc(0);

function tarHeader(entry: ContextEntry): TarHeader {
  return {
    name: entry.name,
    type: entry.type,
    mode: entry.mode || KEEP_ZERO_MODE,
    uid: 0,
    gid: 0,
    uname: '',
    gname: '',
    size: entry.size,
    mtime: new Date(entry.mtime * 1000),
    ...(entry.linkname !== undefined ? { linkname: entry.linkname } : {}),
    ...(entry.devmajor !== undefined ? { devmajor: entry.devmajor, devminor: entry.devminor ?? 0 } : {}),
  };
}

/** Reads exactly `entry.size` bytes, or fails with a clear error. */
function readSmallFile(entry: ContextEntry): Buffer {
  let fd: number;
  try {
    fd = openSync(entry.absPath, 'r');
  } catch (err) {
    throw fsError(err, entry.absPath);
  }
  try {
    const buf = Buffer.allocUnsafe(entry.size);
    let offset = 0;
    while (offset < entry.size) {
      const n = readSync(fd, buf, offset, entry.size - offset, offset);
      if (n === 0) throw new ContextError('file-changed', { path: entry.absPath });
      offset += n;
    }
    return buf;
  } catch (err) {
    throw err instanceof ContextError ? err : fsError(err, entry.absPath);
  } finally {
    closeSync(fd);
  }
}

const ignore = (): void => undefined;

/** Adds an entry; the promise settles once the pack has taken its bytes (it is always handled). */
function addEntry(pack: Pack, header: TarHeader, body?: Buffer): { sink: Sink; done: Promise<void> } {
  let sink!: Sink;
  const done = new Promise<void>((resolve, reject) => {
    sink =
      body === undefined && header.type === 'file' && (header.size ?? 0) > 0
        ? pack.entry(header, (err) => (err ? reject(err) : resolve()))
        : pack.entry(header, body ?? EMPTY, (err) => (err ? reject(err) : resolve()));
  });
  done.catch(ignore);
  sink.on('error', ignore); // a failed pack destroys its entries; the callback above reports it
  return { sink, done };
}

async function streamLargeFile(pack: Pack, entry: ContextEntry, signal: AbortSignal): Promise<void> {
  const { sink, done } = addEntry(pack, tarHeader(entry));
  const source = createReadStream(entry.absPath, {
    start: 0,
    end: entry.size - 1,
    highWaterMark: STREAM_CHUNK,
    signal,
  });
  let sent = 0;
  try {
    for await (const chunk of source as AsyncIterable<Buffer>) {
      sent += chunk.length;
      if (!sink.write(chunk)) await once(sink, 'drain', { signal });
    }
  } catch (err) {
    sink.destroy();
    throw signal.aborted ? new ContextError('cancelled') : fsError(err, entry.absPath);
  }
  if (sent !== entry.size) {
    sink.destroy();
    throw new ContextError('file-changed', { path: entry.absPath });
  }
  sink.end(undefined); // streamx types want an argument; undefined writes nothing
  await done;
}

/** Adds every entry to the pack in order; resolves once all were accepted by the pack's reader. */
export async function writeEntries(
  pack: Pack,
  entries: Iterable<ContextEntry>,
  signal: AbortSignal,
  bodyOf: (entry: ContextEntry) => Buffer | undefined = () => undefined,
): Promise<void> {
  let queued = 0;
  let queuedEntries = 0;
  let last: Promise<void> | undefined;
  for (const entry of entries) {
    if (signal.aborted) throw new ContextError('cancelled');
    const override = bodyOf(entry);
    if (override === undefined && entry.type === 'file' && entry.size > SMALL_FILE_LIMIT) {
      await last;
      await streamLargeFile(pack, entry, signal);
      continue;
    }
    const body = override ?? (entry.type === 'file' && entry.size > 0 ? readSmallFile(entry) : undefined);
    const header = tarHeader({ ...entry, size: body?.length ?? 0 });
    queued += 512 + (body?.length ?? 0);
    last = addEntry(pack, header, body ?? EMPTY).done;
    if (queued >= BATCH_BYTES || ++queuedEntries >= BATCH_ENTRIES) {
      await last;
      queued = 0;
      queuedEntries = 0;
    }
  }
  await last;
}
