// The files `check` reads: each file named, and the Dockerfiles found below each folder named (in name order,
// leaving out hidden folders, node_modules and links to folders, so a monorepo's `check .` reads what it owns).
import { stat } from 'node:fs/promises';
import { join, relative, resolve } from 'node:path';
import { findDockerfiles } from '../../core/node/dockerfile-files';

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

/** Every Dockerfile below `folder`, as paths starting with `folder` as it was written, in name order. */
async function dockerfilesBelow(folder: string, cwd: string): Promise<string[]> {
  const root = resolve(cwd, folder);
  const found = await findDockerfiles([root], { maxFiles: Infinity, maxEntries: Infinity });
  return found.map((file) => join(folder, relative(root, file))).sort();
}
