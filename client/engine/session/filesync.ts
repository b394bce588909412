// FileSync.DiffCopy, the sending side of fsutil's protocol: we stream the stat of every file (in walk order), the
// engine compares them with its copy from the last build and asks (PACKET_REQ) only for files whose size, time or
// mode changed; we send those as PACKET_DATA, then both sides end with PACKET_FIN.
import { closeSync, createReadStream, openSync, readSync } from 'node:fs';
import { fsPath } from '../../context/walk';
import { GrpcCode, GrpcError, type Metadata, type StreamCall, type StreamHandler } from './grpc';
import { decodePacket, encodePacket, PacketType, type Stat } from './proto';

/** What the engine asked for: fsutil's filter options, from the call's metadata. */
export interface SyncRequest {
  includes: string[];
  excludes: string[];
  followPaths: string[];
}

export interface SyncEntry {
  stat: Stat;
  /** Regular files: where to read the content when the engine asks for it. */
  absPath?: string;
}

/** A folder the engine may read, by the name it asks for (`context`, `dockerfile`). */
export interface SyncedDir {
  entries(request: SyncRequest): Iterable<SyncEntry>;
}

/** What went through the session, for progress and measurements. */
export interface TransferStats {
  files: number;
  /** File content sent (PACKET_DATA payloads). */
  dataBytes: number;
}

const STAT_BATCH = 256;
const DATA_CHUNK = 256 * 1024;
/** fsutil's fileCanRequestData: no type bits set in the Go FileMode. */
const GO_MODE_TYPE = 0x8f280000;

/** fsutil's decodeOpts: values of a key are query-escaped when `<key>-encoded` says so. */
export function syncRequestOf(metadata: Metadata): SyncRequest & { dirName: string } {
  const values = (key: string): string[] => {
    const raw = metadata.get(key) ?? [];
    const encoded = /^(1|t|true)$/i.test(metadata.get(`${key}-encoded`)?.[0] ?? '');
    return encoded ? raw.map((v) => decodeURIComponent(v.replace(/\+/g, ' '))) : [...raw];
  };
  return {
    dirName: values('dir-name')[0] ?? '',
    includes: values('include-patterns'),
    excludes: values('exclude-patterns'),
    followPaths: values('followpaths'),
  };
}

export function fileSyncService(dirs: ReadonlyMap<string, SyncedDir>, stats: TransferStats): StreamHandler {
  return async (call) => {
    const request = syncRequestOf(call.metadata);
    const dir = dirs.get(request.dirName);
    if (!dir) throw new GrpcError(GrpcCode.notFound, `no access allowed to dir "${request.dirName}"`);
    await new DiffCopy(call, stats).run(dir.entries(request));
  };
}

class DiffCopy {
  private readonly files = new Map<number, string>();

  constructor(
    private readonly call: StreamCall,
    private readonly stats: TransferStats,
  ) {}

  async run(entries: Iterable<SyncEntry>): Promise<void> {
    const walking = this.sendStats(entries);
    walking.catch(() => undefined); // awaited below; a failure also ends the receiving loop
    for await (const message of this.call.messages) {
      const packet = decodePacket(message);
      if (packet.type === PacketType.req) await this.sendFile(packet.ID);
      else if (packet.type === PacketType.err)
        throw new GrpcError(GrpcCode.unknown, `error from receiver: ${packet.data.toString('utf8')}`);
      else if (packet.type === PacketType.fin) {
        await walking;
        await this.call.send(encodePacket({ type: PacketType.fin }));
        return;
      }
    }
    await walking;
  }

  private async sendStats(entries: Iterable<SyncEntry>): Promise<void> {
    let batch: Uint8Array[] = [];
    let id = 0;
    for (const entry of entries) {
      if (this.call.signal.aborted) throw new GrpcError(GrpcCode.cancelled, 'the transfer was cancelled');
      if ((entry.stat.mode & GO_MODE_TYPE) === 0 && entry.absPath !== undefined) this.files.set(id, entry.absPath);
      id++;
      batch.push(encodePacket({ type: PacketType.stat, stat: entry.stat }));
      if (batch.length >= STAT_BATCH) {
        await this.call.send(...batch);
        batch = [];
      }
    }
    await this.call.send(...batch, encodePacket({ type: PacketType.stat }));
  }

  private async sendFile(id: number): Promise<void> {
    const path = this.files.get(id);
    if (path === undefined) throw new GrpcError(GrpcCode.invalidArgument, `invalid file id ${id}`);
    this.files.delete(id);
    this.stats.files++;
    for await (const chunk of readChunks(path)) {
      this.stats.dataBytes += chunk.length;
      await this.call.send(encodePacket({ type: PacketType.data, ID: id, data: chunk }));
    }
    await this.call.send(encodePacket({ type: PacketType.data, ID: id }));
  }
}

/** A file's content in chunks: one synchronous read for small files, a stream for large ones. */
async function* readChunks(path: string): AsyncGenerator<Buffer> {
  let fd: number;
  try {
    fd = openSync(fsPath(path), 'r');
  } catch (err) {
    throw new GrpcError(GrpcCode.notFound, `cannot read ${path}: ${(err as Error).message}`);
  }
  const first = Buffer.allocUnsafe(DATA_CHUNK);
  let read: number;
  try {
    read = readSync(fd, first, 0, DATA_CHUNK, 0);
  } finally {
    closeSync(fd);
  }
  if (read > 0) yield first.subarray(0, read);
  if (read < DATA_CHUNK) return;
  yield* createReadStream(fsPath(path), { start: DATA_CHUNK, highWaterMark: DATA_CHUNK }) as AsyncIterable<Buffer>;
}
