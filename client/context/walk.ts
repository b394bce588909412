// Walks a build context in the order and with the exclusion rules of the docker CLI's archive walker
// (lexical order, directories before their contents), yielding tar-ready entries. Synchronous on
// purpose: per-entry async calls would dominate on contexts of many small files.
import { isUtf8 } from 'node:buffer';
import { accessSync, constants, lstatSync, readdirSync, readlinkSync, type Stats } from 'node:fs';
import { join } from 'node:path';
import { ContextError, fsError } from './errors.js';
import { compareNames } from '../../core/ignore/gosyntax';
import { decodeName, encodeName, hasEscapes } from '../../core/ignore/names';
import type { MatchInfo, PatternMatcher } from '../../core/ignore/patterns';

export type EntryType = 'file' | 'directory' | 'symlink' | 'link' | 'fifo' | 'character-device' | 'block-device';

/** Names and paths are strings that keep bytes that are not UTF-8 (see core/ignore/names). */
export interface ContextEntry {
  /** Name in the tar: slash-separated, directories end with `/`. */
  name: string;
  /** Where to read it (through fsPath). */
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

/** The path to give to `fs`: bytes when the name holds bytes that are not UTF-8. */
export function fsPath(path: string): string | Buffer {
  return hasEscapes(path) ? Buffer.from(encodeName(path)) : path;
}

/** Whole seconds of the modification time; the float `mtimeMs` can round up near a second boundary. */
function mtimeSeconds(path: string | Buffer, st: Stats): number {
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
    const path = fsPath(absPath);
    let st: Stats;
    try {
      st = lstatSync(path);
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
      mtime: mtimeSeconds(path, st),
    };
    if (type === 'symlink') entry.linkname = readLink(path, absPath);
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

function readLink(path: string | Buffer, shown: string): string {
  try {
    const target = readlinkSync(path, 'buffer');
    return isUtf8(target) ? target.toString('utf8') : decodeName(target);
  } catch (err) {
    throw fsError(err, shown);
  }
}

interface Listed {
  name: string;
  isDirectory(): boolean;
  isFile(): boolean;
}

/** A folder's entries in Go's order (by bytes). Node decodes names that are not UTF-8 with U+FFFD: read those as bytes. */
function readDir(path: string): Listed[] {
  try {
    const listing = readdirSync(fsPath(path), { withFileTypes: true });
    if (!listing.some((d) => d.name.includes('\uFFFD'))) return listing.sort((a, b) => compareNames(a.name, b.name));
    return readdirSync(fsPath(path), { withFileTypes: true, encoding: 'buffer' })
      .sort((a, b) => Buffer.compare(a.name, b.name))
      .map((d) => ({ name: decodeName(d.name), isDirectory: () => d.isDirectory(), isFile: () => d.isFile() }));
  } catch (err) {
    throw fsError(err, path);
  }
}

interface ContextPath {
  rel: string;
  abs: string;
  listed: Listed;
}

/** The paths the CLI sends for `root`, in its order (lexical, a folder before its contents), .dockerignore applied. */
function* contextPaths(root: string, matcher: PatternMatcher): Generator<ContextPath> {
  function* walkDir(dirRel: string, dirAbs: string, parent: MatchInfo | undefined): Generator<ContextPath> {
    for (const listed of readDir(dirAbs)) {
      const rel = dirRel === '' ? listed.name : `${dirRel}/${listed.name}`;
      const abs = join(dirAbs, listed.name);
      const isDir = listed.isDirectory();
      const { matched, info } = matcher.matchesUsingParentResults(rel, parent);
      if (matched) {
        // An excluded directory is entered (but not itself sent) only when an exception names a path in it.
        if (isDir && matcher.mayContainExceptions(rel)) yield* walkDir(rel, abs, info);
        continue;
      }
      yield { rel, abs, listed };
      if (isDir) yield* walkDir(rel, abs, info);
    }
  }
  yield* walkDir('', root, undefined);
}

/** Yields the entries the CLI would send for `root`, given the context's matcher. */
export function* walkContext(root: string, matcher: PatternMatcher): Generator<ContextEntry> {
  const maker = new EntryMaker();
  for (const path of contextPaths(root, matcher)) {
    const entry = maker.make(path.rel, path.abs);
    if (entry) yield entry;
  }
}

/** Paths checked between two turns of the event loop. */
const CHECK_BATCH = 1024;

/**
 * The docker CLI's check before it sends a byte ("error checking context"): every folder can be listed and every
 * file read (asked of the kernel with access(2), a third of the cost of an open and a close). A context that fails
 * it is never half sent (Podman keeps a half-sent one on its disk).
 */
export async function checkContext(root: string, matcher: PatternMatcher, signal: AbortSignal): Promise<void> {
  let count = 0;
  for (const path of contextPaths(root, matcher)) {
    if (path.listed.isFile()) {
      try {
        accessSync(fsPath(path.abs), constants.R_OK);
      } catch (err) {
        throw fsError(err, path.abs);
      }
    }
    if (++count % CHECK_BATCH !== 0) continue;
    await new Promise((resolve) => setImmediate(resolve));
    if (signal.aborted) throw new ContextError('cancelled');
  }
}
