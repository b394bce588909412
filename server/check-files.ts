// Checks Dockerfiles that are not open, for the extension's "Check Workspace": read from disk (big files skipped,
// a bounded number per request), validated with the options an open document would get.
import { readFile, stat } from 'node:fs/promises';
import { fileURLToPath } from 'node:url';
import type { Diagnostic } from 'vscode-languageserver';
import { ParsedDocument } from './service/document';
import { MAX_INDEXED_FILE_BYTES } from './workspace-index';

export const CHECK_FILES_REQUEST = 'dockerfileStudio/checkFiles';
/** The client sends its files in batches no larger than this; anything past it is ignored. */
export const MAX_FILES_PER_CHECK = 100;

/** Each readable file's diagnostics, by the URI asked for; files that are missing, huge or not `file:` are left out. */
export async function checkFiles(
  uris: unknown,
  check: (document: ParsedDocument) => Diagnostic[],
): Promise<Record<string, Diagnostic[]>> {
  const results: Record<string, Diagnostic[]> = {};
  if (!Array.isArray(uris)) return results;
  for (const uri of uris.slice(0, MAX_FILES_PER_CHECK)) {
    const text = typeof uri === 'string' ? await readSmallFile(uri) : undefined;
    if (text !== undefined) results[uri as string] = check(new ParsedDocument(text, uri as string));
  }
  return results;
}

async function readSmallFile(uri: string): Promise<string | undefined> {
  try {
    const path = fileURLToPath(uri);
    const info = await stat(path);
    return info.isFile() && info.size <= MAX_INDEXED_FILE_BYTES ? await readFile(path, 'utf8') : undefined;
  } catch {
    return undefined;
  }
}
