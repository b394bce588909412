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

export async function tarEntries(tar: Buffer | Readable): Promise<TarEntry[]> {
  const source = Buffer.isBuffer(tar) ? Readable.from([tar]) : tar;
  const out: TarEntry[] = [];
  const ex = extract();
  source.pipe(ex);
  for await (const entry of ex) {
    const h = entry.header;
    const chunks: Buffer[] = [];
    for await (const chunk of entry) chunks.push(chunk as Buffer);
    const size = h.size ?? 0;
    out.push({
      name: h.name, type: h.type ?? 'file', mode: (h.mode ?? 0) & 0o7777, uid: h.uid ?? -1, gid: h.gid ?? -1,
      uname: h.uname ?? '', gname: h.gname ?? '', mtime: (h.mtime?.getTime() ?? 0) / 1000, size,
      linkname: h.linkname ?? '',
      ...(size <= CONTENT_LIMIT && h.type === 'file' ? { content: Buffer.concat(chunks).toString('utf8') } : {}),
    });
  }
  return out;
}
