// Checks Dockerfiles that are not open, for the extension's "Check Workspace": read through the host (big files
// skipped, a bounded number per request), validated with the options an open document would get.
import type { Diagnostic } from 'vscode-languageserver';
import { ParsedDocument } from './service/document';

/** The client sends its files in batches no larger than this; anything past it is ignored. */
export const MAX_FILES_PER_CHECK = 100;

/** Each readable file's diagnostics, by the URI asked for; files that cannot be read are left out. */
export async function checkFiles(
  uris: unknown,
  read: ((uri: string) => Promise<string | undefined>) | undefined,
  check: (document: ParsedDocument) => Diagnostic[],
): Promise<Record<string, Diagnostic[]>> {
  const results: Record<string, Diagnostic[]> = {};
  if (!read || !Array.isArray(uris)) return results;
  for (const uri of uris.slice(0, MAX_FILES_PER_CHECK)) {
    if (typeof uri !== 'string') continue;
    const text = await read(uri);
    if (text !== undefined) results[uri] = check(new ParsedDocument(text, uri));
  }
  return results;
}
