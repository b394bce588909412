// A cheap "has this file changed?" key for caches of files read from disk.
import { statSync } from 'node:fs';

/** Size and mtime of a regular file, or undefined when it is missing or not a file. */
export function fileStamp(path: string): string | undefined {
  try {
    const stat = statSync(path, { throwIfNoEntry: false });
    return stat?.isFile() ? `${stat.size}:${stat.mtimeMs}` : undefined;
  } catch {
    return undefined;
  }
}
