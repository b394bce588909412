// The folders a build session offers: the context, walked and filtered by `.dockerignore` exactly as the tar path
// does it (client/context), and the Dockerfile alone. Stats are what fsutil sends: Go file modes, nanosecond times,
// uid and gid 0 (as the docker CLI resets them), and each directory before what it holds.
import { lstatSync, type Stats } from 'node:fs';
import { basename, join } from 'node:path';
import { cleanPath, compareNames } from '../../../core/ignore/gosyntax';
import { PatternMatcher } from '../../../core/ignore/patterns';
import type { ResolvedContext } from '../../context/resolve';
import { fsPath, walkContext, type ContextEntry } from '../../context/walk';
import { encodeName } from '../../../core/ignore/names';
import type { SyncedDir, SyncEntry, SyncRequest } from './filesync';
import { int64, type Stat } from './proto';

const GO_MODE = {
  dir: 2 ** 31,
  symlink: 2 ** 27,
  device: 2 ** 26,
  namedPipe: 2 ** 25,
  setuid: 2 ** 23,
  setgid: 2 ** 22,
  charDevice: 2 ** 21,
  sticky: 2 ** 20,
};

const typeBits: Record<ContextEntry['type'], number> = {
  file: 0,
  link: 0,
  directory: GO_MODE.dir,
  symlink: GO_MODE.symlink,
  fifo: GO_MODE.namedPipe,
  'character-device': GO_MODE.device + GO_MODE.charDevice,
  'block-device': GO_MODE.device,
};

/** Go's os.FileMode for a unix mode (permissions and setuid/setgid/sticky bits) of this type. */
export function goFileMode(type: ContextEntry['type'], mode: number): number {
  const special =
    (mode & 0o4000 ? GO_MODE.setuid : 0) + (mode & 0o2000 ? GO_MODE.setgid : 0) + (mode & 0o1000 ? GO_MODE.sticky : 0);
  return typeBits[type] + special + (mode & 0o777);
}

/** The entry's path without the tar's trailing slash on directories. */
function pathOf(entry: ContextEntry): string {
  return entry.type === 'directory' ? entry.name.slice(0, -1) : entry.name;
}

function statOf(entry: ContextEntry, path: string): SyncEntry {
  const exact = lstatSync(fsPath(entry.absPath), { bigint: true });
  const stat: Stat = {
    path: Buffer.from(encodeName(path)),
    mode: goFileMode(entry.type, entry.mode),
    uid: 0,
    gid: 0,
    size: int64(entry.type === 'file' ? exact.size : 0n),
    modTime: int64(exact.mtimeNs),
    ...(entry.linkname !== undefined ? { linkname: Buffer.from(encodeName(entry.linkname)) } : {}),
    ...(entry.devmajor !== undefined ? { devmajor: int64(BigInt(entry.devmajor)) } : {}),
    ...(entry.devminor !== undefined ? { devminor: int64(BigInt(entry.devminor)) } : {}),
  };
  return entry.type === 'file' ? { stat, absPath: entry.absPath } : { stat };
}

function directoryEntry(root: string, path: string): ContextEntry {
  const st = lstatSync(join(root, path));
  return { name: `${path}/`, absPath: join(root, path), type: 'directory', mode: st.mode & 0o7777, size: 0, mtime: 0 };
}

/**
 * fsutil's include patterns (and follow paths, which include too): a path is sent when a pattern matches it or one
 * of its parents; a directory on the way to a pattern is sent only as the parent of something sent.
 */
export function includeFilter(request: SyncRequest): ((path: string) => boolean) | undefined {
  const patterns = [...request.includes, ...request.followPaths];
  if (patterns.length === 0) return undefined;
  const matcher = new PatternMatcher(patterns);
  return (path) => matcher.matchesOrParentMatches(path);
}

/** Sends an entry's parent directories first when they were not sent (filtered, or excluded with an exception). */
class ParentTracker {
  private readonly sent = new Set<string>();

  constructor(private readonly root: string) {}

  *parentsOf(path: string): Generator<SyncEntry> {
    const parts = path.split('/');
    for (let i = 1; i < parts.length; i++) {
      const dir = parts.slice(0, i).join('/');
      if (this.sent.has(dir)) continue;
      this.sent.add(dir);
      yield statOf(directoryEntry(this.root, dir), dir);
    }
  }

  markSent(path: string): void {
    this.sent.add(path);
  }
}

const GLOB = /[*?[\\]/;

function comparePaths(a: string, b: string): number {
  const [x, y] = [a.split('/'), b.split('/')];
  for (let i = 0; i < Math.min(x.length, y.length); i++) {
    const order = compareNames(x[i] ?? '', y[i] ?? '');
    if (order !== 0) return order;
  }
  return x.length - y.length;
}

/**
 * When the engine asks only for named files (`.dockerignore`, `Dockerfile`), they are looked up directly instead of
 * walking a large context: the entries, or undefined when a walk is needed (patterns, folders, links).
 */
function namedFiles(ctx: ResolvedContext, request: SyncRequest): ContextEntry[] | undefined {
  const patterns = [...request.includes, ...request.followPaths];
  if (patterns.length === 0 || patterns.some((p) => GLOB.test(p))) return undefined;
  const paths = [...new Set(patterns.map(cleanPath))].sort(comparePaths);
  const entries: ContextEntry[] = [];
  for (const path of paths) {
    if (path === '.' || path.startsWith('../') || path.startsWith('/')) return undefined;
    let st: Stats;
    try {
      st = lstatSync(join(ctx.root, path));
    } catch {
      continue; // not there: nothing to send, as a walk would find
    }
    if (!st.isFile()) return undefined;
    if (ctx.matcher.matchesOrParentMatches(path)) continue;
    entries.push({
      name: path,
      absPath: join(ctx.root, path),
      type: 'file',
      mode: st.mode & 0o7777,
      size: st.size,
      mtime: 0,
    });
  }
  return entries;
}

/** The context folder, as `.dockerignore` leaves it (the engine's own exclude patterns are not needed). */
export function contextDir(ctx: ResolvedContext): SyncedDir {
  return {
    *entries(request) {
      const named = namedFiles(ctx, request);
      const included = includeFilter(request);
      const parents = new ParentTracker(ctx.root);
      for (const entry of named ?? walkContext(ctx.root, ctx.matcher)) {
        const path = pathOf(entry);
        if (included && !included(path)) continue;
        yield* parents.parentsOf(path);
        if (entry.type === 'directory') parents.markSent(path);
        yield statOf(entry, path);
      }
    },
  };
}

/** The Dockerfile's folder as the engine sees it: the Dockerfile alone, under `name`. */
export function dockerfileDir(dockerfilePath: string, name = basename(dockerfilePath)): SyncedDir {
  return {
    *entries(request) {
      const included = includeFilter(request);
      if (included && !included(name)) return;
      const st = lstatSync(dockerfilePath);
      const entry: ContextEntry = {
        name,
        absPath: dockerfilePath,
        type: 'file',
        mode: st.mode & 0o7777,
        size: st.size,
        mtime: 0,
      };
      yield statOf(entry, name);
    },
  };
}
