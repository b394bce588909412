// Walks a build context in the order and with the exclusion rules of the docker CLI's archive walker
// (lexical order, directories before their contents), yielding tar-ready entries. Synchronous on
// purpose: per-entry async calls would dominate on contexts of many small files.
import { lstatSync, readdirSync, readlinkSync, type Dirent, type Stats } from 'node:fs';
import { join } from 'node:path';
import { fsError } from './errors.js';
import { compareNames } from '../../core/ignore/gosyntax';
import type { MatchInfo, PatternMatcher } from '../../core/ignore/patterns';

export type EntryType = 'file' | 'directory' | 'symlink' | 'link' | 'fifo' | 'character-device' | 'block-device';

export interface ContextEntry {
  /** Name in the tar: slash-separated, directories end with `/`. */
  name: string;
  absPath: string;
  type: EntryType;
  /** Permission, setuid/setgid and sticky bits. */
  mode: number;
  size: number;
  /** Seconds since the epoch, truncated as the CLI does. */
  mtime: number;
  linkname?: string;
  devmajor?: number;
  devminor?: number;
}

/** Whole seconds of the modification time; the float `mtimeMs` can round up near a second boundary. */
function mtimeSeconds(path: string, st: Stats): number {
  const fraction = st.mtimeMs % 1000;
  if (fraction !== 0 && fraction < 999) return Math.floor(st.mtimeMs / 1000);
  const exact = lstatSync(path, { bigint: true });
  const ns = exact.mtimeNs;
  return Number(ns / 1_000_000_000n - (ns < 0n && ns % 1_000_000_000n !== 0n ? 1n : 0n));
}

function typeOf(st: Stats): EntryType | undefined {
  if (st.isFile()) return 'file';
  if (st.isDirectory()) return 'directory';
  if (st.isSymbolicLink()) return 'symlink';
  if (st.isFIFO()) return 'fifo';
  if (st.isCharacterDevice()) return 'character-device';
  if (st.isBlockDevice()) return 'block-device';
  return undefined; // sockets: the CLI cannot archive them and leaves them out
}

/** Builds tar entries, tracking inodes so that later names of a hard-linked file become links. */
class EntryMaker {
  private readonly seen = new Map<number, string>();

  make(rel: string, absPath: string): ContextEntry | undefined {
    let st: Stats;
    try {
      st = lstatSync(absPath);
    } catch (err) {
      throw fsError(err, absPath);
    }
    const type = typeOf(st);
    if (type === undefined) return undefined;
    const isDir = type === 'directory';
    const entry: ContextEntry = {
      name: isDir ? rel + '/' : rel,
      absPath,
      type,
      mode: st.mode & 0o7777,
      size: type === 'file' ? st.size : 0,
      mtime: mtimeSeconds(absPath, st),
    };
    if (type === 'symlink') entry.linkname = readLink(absPath);
    if (type === 'character-device' || type === 'block-device') {
      entry.devmajor = Math.floor(st.rdev / 256) & 0xfff;
      entry.devminor = (st.rdev & 0xff) | (Math.floor(st.rdev / 4096) & 0xfff00);
    }
    if (!isDir && st.nlink > 1) this.linkIfSeen(entry, st.ino, rel);
    return entry;
  }

  private linkIfSeen(entry: ContextEntry, ino: number, rel: string): void {
    const first = this.seen.get(ino);
    if (first === undefined) {
      this.seen.set(ino, rel);
      return;
    }
    entry.type = 'link';
    entry.linkname = first;
    entry.size = 0;
  }
}

function readLink(path: string): string {
  try {
    return readlinkSync(path);
  } catch (err) {
    throw fsError(err, path);
  }
}

function readDir(path: string): Dirent[] {
  try {
    return readdirSync(path, { withFileTypes: true }).sort((a, b) => compareNames(a.name, b.name));
  } catch (err) {
    throw fsError(err, path);
  }
}

/** Yields the entries the CLI would send for `root`, given the context's matcher. */
export function* walkContext(root: string, matcher: PatternMatcher): Generator<ContextEntry> {
  const maker = new EntryMaker();
  function* walkDir(dirRel: string, dirAbs: string, parent: MatchInfo | undefined): Generator<ContextEntry> {
    for (const dirent of readDir(dirAbs)) {
      const rel = dirRel === '' ? dirent.name : `${dirRel}/${dirent.name}`;
      const abs = join(dirAbs, dirent.name);
      const isDir = dirent.isDirectory();
      const { matched, info } = matcher.matchesUsingParentResults(rel, parent);
      if (matched) {
        // An excluded directory is entered (but not itself sent) only when an exception names a path in it.
        if (isDir && matcher.mayContainExceptions(rel)) yield* walkDir(rel, abs, info);
        continue;
      }
      const entry = maker.make(rel, abs);
      if (entry) yield entry;
      if (entry?.type === 'directory') yield* walkDir(rel, abs, info);
    }
  }
  yield* walkDir('', root, undefined);
}
