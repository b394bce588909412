// Tar headers byte for byte as Go's archive/tar writes them for the docker CLI: a USTAR block when the entry fits in
// one, else a PAX extended header first. Names are bytes (see core/ignore/names): one that is long or not ASCII goes
// whole into the PAX `path` record, raw bytes included, and only its ASCII part into the USTAR block.
import { encodeName } from '../../core/ignore/names';
import type { EntryType } from './walk.js';

export const BLOCK = 512;

export interface TarHeader {
  name: string;
  type: EntryType;
  /** Permission, setuid/setgid and sticky bits. */
  mode: number;
  size: number;
  /** Seconds since the epoch. */
  mtime: number;
  linkname?: string | undefined;
  devmajor?: number | undefined;
  devminor?: number | undefined;
}

const TYPE_FLAGS: Record<EntryType, number> = {
  file: 0x30,
  link: 0x31,
  symlink: 0x32,
  'character-device': 0x33,
  'block-device': 0x34,
  directory: 0x35,
  fifo: 0x36,
};
const PAX_FLAG = 0x78; // 'x'
const NAME_SIZE = 100;
const PREFIX_SIZE = 155;

/** Field offsets and sizes of a USTAR block. */
const F = {
  name: [0, 100],
  mode: [100, 8],
  uid: [108, 8],
  gid: [116, 8],
  size: [124, 12],
  mtime: [136, 12],
  checksum: [148, 8],
  type: [156, 1],
  linkname: [157, 100],
  magic: [257, 8],
  uname: [265, 32],
  gname: [297, 32],
  devmajor: [329, 8],
  devminor: [337, 8],
  prefix: [345, 155],
} as const;

type Field = keyof typeof F;

const fitsOctal = (field: Field, n: number): boolean => n >= 0 && n < 8 ** (F[field][1] - 1);

/** Go's formatOctal: zero-padded, NUL-terminated; 0 when the number does not fit. */
function octal(block: Buffer, field: Field, n: number): void {
  const [at, size] = F[field];
  block.write((fitsOctal(field, n) ? n : 0).toString(8).padStart(size - 1, '0'), at, 'latin1');
}

/** Go's formatString on ASCII text: cut to the field, and no trailing `/` where a long name was cut. */
function text(block: Buffer, field: Field, value: string): void {
  const [at, size] = F[field];
  block.write(value, at, size, 'latin1');
  if (value.length > size && value[size - 1] === '/')
    block[at + value.slice(0, size - 1).replace(/\/+$/, '').length] = 0;
}

/** Go's splitUSTARPath: a long ASCII name split at a `/` into prefix and name fields, when it fits them. */
function splitUstar(name: string): [string, string] | undefined {
  if (name.length <= NAME_SIZE) return undefined;
  let length = Math.min(name.length, PREFIX_SIZE + 1);
  if (length === name.length && name.endsWith('/')) length--;
  const i = name.lastIndexOf('/', length - 1);
  const rest = name.length - i - 1;
  if (i <= 0 || rest > NAME_SIZE || rest === 0 || i > PREFIX_SIZE) return undefined;
  return [name.slice(0, i), name.slice(i + 1)];
}

/** The records that the USTAR block cannot hold, in Go's (sorted) order. */
function paxRecords(h: TarHeader, ascii: boolean, split: boolean): [string, string][] {
  const records: [string, string][] = [];
  if (h.linkname !== undefined && (h.linkname.length > NAME_SIZE || !isAscii(h.linkname)))
    records.push(['linkpath', h.linkname]);
  if (!fitsOctal('mtime', h.mtime)) records.push(['mtime', String(h.mtime)]);
  if (!ascii || (h.name.length > NAME_SIZE && !split)) records.push(['path', h.name]);
  if (!fitsOctal('size', h.size)) records.push(['size', String(h.size)]);
  return records;
}

/** One `"%d %s=%s\n"` record, its length counting itself. */
function paxRecord(key: string, value: string): Buffer {
  const body = Buffer.concat([Buffer.from(` ${key}=`, 'latin1'), encodeName(value), Buffer.from('\n')]);
  let length = body.length + 1;
  while (String(length).length + body.length !== length) length = String(length).length + body.length;
  return Buffer.concat([Buffer.from(String(length), 'latin1'), body]);
}

function finish(block: Buffer): Buffer {
  block.write('ustar\x0000', F.magic[0], 'latin1');
  block.fill(0x20, F.checksum[0], F.checksum[0] + F.checksum[1]);
  let sum = 0;
  for (let i = 0; i < BLOCK; i++) sum += block[i] ?? 0;
  block.write(`${sum.toString(8).padStart(6, '0')}\0 `, F.checksum[0], 'latin1'); // NUL then space, as Go ends it
  return block;
}

function mainBlock(h: TarHeader, name: string, prefix: string | undefined, linkname: string): Buffer {
  const block = Buffer.alloc(BLOCK);
  text(block, 'name', name);
  octal(block, 'mode', h.mode);
  octal(block, 'uid', 0);
  octal(block, 'gid', 0);
  octal(block, 'size', h.size);
  octal(block, 'mtime', h.mtime);
  block[F.type[0]] = TYPE_FLAGS[h.type];
  text(block, 'linkname', linkname);
  octal(block, 'devmajor', h.devmajor ?? 0);
  octal(block, 'devminor', h.devminor ?? 0);
  if (prefix !== undefined) text(block, 'prefix', prefix);
  return finish(block);
}

/** Go's writeRawFile for the extended header: `<dir>/PaxHeaders.0/<base>`, ASCII only, zero mode and times. */
function paxBlocks(name: string, records: [string, string][]): Buffer {
  const data = Buffer.concat(records.map(([key, value]) => paxRecord(key, value)));
  const slash = name.lastIndexOf('/');
  const base = name.slice(slash + 1);
  const paxName = `${name.slice(0, slash + 1)}PaxHeaders.0${base ? `/${base}` : ''}`;
  const block = Buffer.alloc(BLOCK);
  text(block, 'name', toAscii(paxName).slice(0, NAME_SIZE).replace(/\/+$/, ''));
  for (const field of ['mode', 'uid', 'gid', 'mtime'] as const) octal(block, field, 0);
  octal(block, 'size', data.length);
  block[F.type[0]] = PAX_FLAG;
  const padding = Buffer.alloc((BLOCK - (data.length % BLOCK)) % BLOCK);
  return Buffer.concat([finish(block), data, padding]);
}

const isAsciiCode = (code: number): boolean => code > 0 && code < 0x80;

/** Go's isASCII: no NUL, nothing above 0x7f. */
function isAscii(value: string): boolean {
  for (let i = 0; i < value.length; i++) if (!isAsciiCode(value.charCodeAt(i))) return false;
  return true;
}

/** Go's toASCII: the name without its non-ASCII characters (and without bytes that are not UTF-8). */
function toAscii(value: string): string {
  if (isAscii(value)) return value;
  return Array.from(value)
    .filter((ch) => isAsciiCode(ch.charCodeAt(0)))
    .join('');
}

/** The header blocks of one entry. */
export function encodeHeader(h: TarHeader): Buffer {
  const ascii = isAscii(h.name);
  const split = ascii ? splitUstar(h.name) : undefined;
  const records = paxRecords(h, ascii, split !== undefined);
  const linkname = h.linkname ?? '';
  if (records.length === 0) return mainBlock(h, split?.[1] ?? h.name, split?.[0], linkname);
  return Buffer.concat([paxBlocks(h.name, records), mainBlock(h, toAscii(h.name), undefined, toAscii(linkname))]);
}
