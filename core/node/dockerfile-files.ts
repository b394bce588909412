// Finds the Dockerfiles under a workspace's folders, bounded: a cloned repository may hold any number of files, so
// the walk stops after a number of folder entries and of Dockerfiles, and skips the folders `check` skips too.
import type { Dirent } from 'node:fs';
import { readdir } from 'node:fs/promises';
import { join } from 'node:path';
import { isDockerfileName, isSkippedFolder } from '../dockerfile/file-names';

export interface WalkLimits {
  /** Stop after this many Dockerfiles. */
  maxFiles: number;
  /** Stop after looking at this many folder entries in all. */
  maxEntries: number;
}

export const DEFAULT_WALK_LIMITS: WalkLimits = { maxFiles: 2000, maxEntries: 200_000 };

/** Paths of the Dockerfiles under `roots`, breadth first (shallow files first when a limit is reached). */
export async function findDockerfiles(roots: readonly string[], limits = DEFAULT_WALK_LIMITS): Promise<string[]> {
  const found: string[] = [];
  const queue = [...roots];
  let entries = 0;
  for (let next = queue.shift(); next !== undefined; next = queue.shift()) {
    let children: Dirent[];
    try {
      children = await readdir(next, { withFileTypes: true });
    } catch {
      continue; // unreadable or gone: not our business
    }
    for (const child of children) {
      if (++entries > limits.maxEntries || found.length >= limits.maxFiles) return found;
      const path = join(next, child.name);
      if (child.isDirectory() && !isSkippedFolder(child.name)) queue.push(path);
      else if ((child.isFile() || child.isSymbolicLink()) && isDockerfileName(child.name)) found.push(path);
    }
  }
  return found;
}
