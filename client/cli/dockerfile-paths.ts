// The files `check` reads: each file named, and the Dockerfiles found below each folder named (in name order,
// leaving out hidden folders, node_modules and links to folders, so a monorepo's `check .` reads what it owns).
import { readdir, stat } from 'node:fs/promises';
import { join, resolve } from 'node:path';
import { isDockerfileName } from '../../core/dockerfile/file-names';

const SKIPPED_FOLDERS = new Set(['node_modules']);

export interface DockerfilePaths {
  files: string[];
  /** Folders named that hold no Dockerfile. */
  emptyFolders: string[];
}

/** `paths` as given, with each folder replaced by the Dockerfiles below it; a path that cannot be read stays as is. */
export async function dockerfilePaths(paths: readonly string[], cwd: string): Promise<DockerfilePaths> {
  const files: string[] = [];
  const emptyFolders: string[] = [];
  for (const path of paths) {
    const isFolder = await stat(resolve(cwd, path)).then(
      (stats) => stats.isDirectory(),
      () => false,
    );
    const below = isFolder ? await dockerfilesBelow(path, cwd) : [path];
    if (below.length === 0) emptyFolders.push(path);
    files.push(...below);
  }
  return { files, emptyFolders };
}

async function dockerfilesBelow(folder: string, cwd: string): Promise<string[]> {
  const entries = await readdir(resolve(cwd, folder), { withFileTypes: true }).catch(() => []);
  const found: string[] = [];
  for (const entry of entries.sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0))) {
    const path = join(folder, entry.name);
    if (entry.isDirectory() && !entry.name.startsWith('.') && !SKIPPED_FOLDERS.has(entry.name))
      found.push(...(await dockerfilesBelow(path, cwd)));
    else if ((entry.isFile() || entry.isSymbolicLink()) && isDockerfileName(entry.name)) found.push(path);
  }
  return found;
}
