// Lists a tar's entries (headers, and contents of small files) for comparisons in tests. A reader of its own, kept
// apart from the packer's writer, that keeps names as bytes (see core/ignore/names): tar-stream decodes a PAX `path`
// as UTF-8 and would lose the bytes of a name that is not.
import type { Readable } from 'node:stream';
import { decodeName } from '../../../core/ignore/names';

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
const BLOCK = 512;
const TYPES: Record<string, string> = {
  '0': 'file',
  '\0': 'file',
  '1': 'link',
  '2': 'symlink',
  '3': 'character-device',
  '4': 'block-device',
  '5': 'directory',
  '6': 'fifo',
};

/**
 * The CLI's tar for a Dockerfile outside the context ends without the last entry's padding and the
 * end-of-archive blocks (its tar rewriter closes the pipe before the tar writer). Complete it so it parses.
 */
function completeTruncatedTar(tar: Buffer): Buffer {
  const tail = tar.subarray(Math.max(0, tar.length - 1024));
  if (tar.length % 512 === 0 && tail.length === 1024 && tail.every((b) => b === 0)) return tar;
  return Buffer.concat([tar, Buffer.alloc(((512 - (tar.length % 512)) % 512) + 1024)]);
}

function field(block: Buffer, at: number, size: number): Buffer {
  const bytes = block.subarray(at, at + size);
  const end = bytes.indexOf(0);
  return end < 0 ? bytes : bytes.subarray(0, end);
}

const octal = (block: Buffer, at: number, size: number): number =>
  parseInt(field(block, at, size).toString('latin1').trim() || '0', 8);

/** PAX records (`"%d %s=%s\n"`), values kept as bytes. */
function paxRecords(data: Buffer): Map<string, Buffer> {
  const records = new Map<string, Buffer>();
  for (let at = 0; at < data.length;) {
    const space = data.indexOf(0x20, at);
    const length = Number(data.subarray(at, space).toString('latin1'));
    if (!(length > 0) || space < 0) break;
    const record = data.subarray(space + 1, at + length - 1);
    const eq = record.indexOf(0x3d);
    records.set(record.subarray(0, eq).toString('latin1'), record.subarray(eq + 1));
    at += length;
  }
  return records;
}

function entryOf(block: Buffer, pax: Map<string, Buffer>, data: Buffer): TarEntry {
  const prefix = field(block, 345, 155);
  const ustarName =
    prefix.length > 0 ? Buffer.concat([prefix, Buffer.from('/'), field(block, 0, 100)]) : field(block, 0, 100);
  const type = TYPES[String.fromCharCode(block[156] ?? 0)] ?? 'unknown';
  const size = Number(pax.get('size')?.toString('latin1') ?? octal(block, 124, 12));
  return {
    name: decodeName(pax.get('path') ?? ustarName),
    type,
    mode: octal(block, 100, 8) & 0o7777,
    uid: octal(block, 108, 8),
    gid: octal(block, 116, 8),
    uname: field(block, 265, 32).toString('utf8'),
    gname: field(block, 297, 32).toString('utf8'),
    mtime: Number(pax.get('mtime')?.toString('latin1') ?? octal(block, 136, 12)),
    size,
    linkname: decodeName(pax.get('linkpath') ?? field(block, 157, 100)),
    ...(size <= CONTENT_LIMIT && type === 'file' ? { content: data.toString('utf8') } : {}),
  };
}

function parseTar(tar: Buffer): TarEntry[] {
  const out: TarEntry[] = [];
  let pax = new Map<string, Buffer>();
  for (let at = 0; at + BLOCK <= tar.length;) {
    const block = tar.subarray(at, at + BLOCK);
    if (block.every((b) => b === 0)) break;
    const size = Number(pax.get('size')?.toString('latin1') ?? octal(block, 124, 12));
    const data = tar.subarray(at + BLOCK, at + BLOCK + size);
    at += BLOCK + Math.ceil(size / BLOCK) * BLOCK;
    const flag = String.fromCharCode(block[156] ?? 0);
    if (flag === 'x') pax = paxRecords(data);
    else if (flag !== 'g') {
      out.push(entryOf(block, pax, data));
      pax = new Map();
    }
  }
  return out;
}

export async function tarEntries(tar: Buffer | Readable): Promise<TarEntry[]> {
  if (Buffer.isBuffer(tar)) return parseTar(completeTruncatedTar(tar));
  const chunks: Buffer[] = [];
  for await (const chunk of tar) chunks.push(chunk as Buffer);
  return parseTar(Buffer.concat(chunks));
}
