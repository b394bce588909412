// Lists a tar's entries (headers, and contents of small files) for comparisons in tests.
import { Readable } from 'node:stream';
import { extract } from 'tar-stream';

export interface TarEntry {
  name: string;
  type: string;
  /** Permission, setuid/setgid and sticky bits (what tar readers take from the mode field). */
  mode: number;
  uid: number;
  gid: number;
  uname: string;
  gname: string;
  mtime: number;
  size: number;
  linkname: string;
  content?: string;
}

const CONTENT_LIMIT = 4096;

/**
 * The CLI's tar for a Dockerfile outside the context ends without the last entry's padding and the
 * end-of-archive blocks (its tar rewriter closes the pipe before the tar writer). Complete it so it parses.
 */
function completeTruncatedTar(tar: Buffer): Buffer {
  const tail = tar.subarray(Math.max(0, tar.length - 1024));
  if (tar.length % 512 === 0 && tail.length === 1024 && tail.every((b) => b === 0)) return tar;
  return Buffer.concat([tar, Buffer.alloc(((512 - (tar.length % 512)) % 512) + 1024)]);
}

export async function tarEntries(tar: Buffer | Readable): Promise<TarEntry[]> {
  const source = Buffer.isBuffer(tar) ? Readable.from([completeTruncatedTar(tar)]) : tar;
  const out: TarEntry[] = [];
  const ex = extract();
  source.once('error', (err: Error) => ex.destroy(err));
  source.pipe(ex);
  for await (const entry of ex) {
    const h = entry.header;
    const chunks: Buffer[] = [];
    for await (const chunk of entry) chunks.push(chunk as Buffer);
    const size = h.size ?? 0;
    out.push({
      name: h.name,
      type: h.type ?? 'file',
      mode: (h.mode ?? 0) & 0o7777,
      uid: h.uid ?? -1,
      gid: h.gid ?? -1,
      uname: h.uname ?? '',
      gname: h.gname ?? '',
      mtime: (h.mtime?.getTime() ?? 0) / 1000,
      size,
      linkname: h.linkname ?? '',
      ...(size <= CONTENT_LIMIT && h.type === 'file' ? { content: Buffer.concat(chunks).toString('utf8') } : {}),
    });
  }
  return out;
}
