// Which paths a Dockerfile's `.dockerignore` keeps out of the build context, for CopyIgnoredFile.
// One lookup for the CLI and the language server; both take the Dockerfile's folder as the context.
import { existsSync, readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseDockerignore, PatternMatcher } from '../ignore/dockerignore';
import { fileStamp } from './file-stamp';

export type IgnoreChecker = (path: string) => boolean;

/** Where the docker CLI looks: `<Dockerfile>.dockerignore` beside it first, then the context's `.dockerignore`. */
export function ignoreFileCandidates(dockerfile: string): string[] {
  return [`${dockerfile}.dockerignore`, join(dirname(dockerfile), '.dockerignore')];
}

/** The checker for an ignore file's text; none when the patterns have `!` exceptions or do not parse (like BuildKit). */
export function ignoreCheckerFromText(text: string): IgnoreChecker | undefined {
  try {
    const matcher = new PatternMatcher(parseDockerignore(text).patterns);
    return matcher.hasExclusions ? undefined : (path) => matcher.matchesOrParentMatches(path);
  } catch {
    return undefined;
  }
}

/**
 * The checkers for Dockerfiles on disk, for `check`: each ignore file is read once per run (a folder's `.dockerignore`
 * serves every Dockerfile in it), synchronously, and a missing one costs one existence test.
 */
export class IgnoreFileReader {
  /** By ignore file path; null when there is none to read. */
  private readonly read = new Map<string, IgnoreChecker | undefined | null>();

  /** The checker from the first ignore file that can be read. */
  checkerFor(dockerfile: string): IgnoreChecker | undefined {
    for (const candidate of ignoreFileCandidates(dockerfile)) {
      const checker = this.checkerIn(candidate);
      if (checker !== null) return checker;
    }
    return undefined;
  }

  private checkerIn(path: string): IgnoreChecker | undefined | null {
    if (this.read.has(path)) return this.read.get(path);
    let checker: IgnoreChecker | undefined | null = null;
    try {
      if (existsSync(path)) checker = ignoreCheckerFromText(readFileSync(path, 'utf8'));
    } catch {
      // unreadable: as if there were none
    }
    this.read.set(path, checker);
    return checker;
  }
}

interface CachedIgnoreFile {
  stamp: string;
  checker: IgnoreChecker | undefined;
}

/**
 * The language server's ignore files, cached per path and re-read when their size or mtime changes: one stat per
 * candidate per validation. Never throws; anything unreadable just leaves the rule silent.
 */
export class IgnoreFileCache {
  private readonly files = new Map<string, CachedIgnoreFile>();

  /** The checker for a `file:` document URI; undefined for other schemes or when no ignore file applies. */
  checkerFor(uri: string): IgnoreChecker | undefined {
    const dockerfile = filePath(uri);
    if (dockerfile === undefined) return undefined;
    for (const candidate of ignoreFileCandidates(dockerfile)) {
      const stamp = fileStamp(candidate);
      if (stamp === undefined) {
        this.files.delete(candidate);
        continue;
      }
      return this.load(candidate, stamp);
    }
    return undefined;
  }

  /** Forgets a file the editor reports changed (workspace/didChangeWatchedFiles). */
  forget(uri: string): void {
    const path = filePath(uri);
    if (path !== undefined) this.files.delete(path);
  }

  private load(path: string, stamp: string): IgnoreChecker | undefined {
    const cached = this.files.get(path);
    if (cached?.stamp === stamp) return cached.checker;
    let checker: IgnoreChecker | undefined;
    try {
      checker = ignoreCheckerFromText(readFileSync(path, 'utf8'));
    } catch {
      checker = undefined;
    }
    this.files.set(path, { stamp, checker });
    return checker;
  }
}

function filePath(uri: string): string | undefined {
  if (!uri.startsWith('file:')) return undefined;
  try {
    return fileURLToPath(uri);
  } catch {
    return undefined;
  }
}
