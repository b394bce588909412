// The workspace's Dockerfiles for workspace-wide features, read from disk and parsed once per file version; open
// documents are taken from the editor instead. Bounded for untrusted repositories: the walk has limits (see
// findDockerfiles), big files are skipped, and the file list is reused for a while rather than walked per request.
import { readFile, stat } from 'node:fs/promises';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { findDockerfiles } from '../core/node/dockerfile-files';
import type { WorkspaceFiles } from './host';
import { ParsedDocument } from './service/document';

/** Files larger than this are no hand-written Dockerfile; they are skipped. */
export const MAX_INDEXED_FILE_BYTES = 512 * 1024;
/** What one request reads at most, and what stays parsed between requests. */
const MAX_BYTES_PER_REQUEST = 64 * 1024 * 1024;
const MAX_CACHED_BYTES = 32 * 1024 * 1024;
const LIST_LIFETIME_MS = 30_000;

export class WorkspaceIndex implements WorkspaceFiles {
  private roots: string[] = [];
  private listed: { at: number; paths: Promise<string[]> } | undefined;
  private readonly parsed = new Map<string, { stamp: string; document: ParsedDocument }>();
  private cachedBytes = 0;

  setRoots(folderUris: readonly string[]): void {
    this.roots = folderUris.flatMap((uri) => filePath(uri) ?? []);
    this.forget();
  }

  /** Forgets the file list (a Dockerfile was added or removed); parsed files stay cached by their stamp. */
  forget(): void {
    this.listed = undefined;
  }

  /** Every Dockerfile of the workspace, the open ones (`open(uri)`) as the editor holds them. */
  async dockerfiles(open: (uri: string) => ParsedDocument | undefined): Promise<ParsedDocument[]> {
    const now = Date.now();
    if (!this.listed || now - this.listed.at > LIST_LIFETIME_MS)
      this.listed = { at: now, paths: findDockerfiles(this.roots) };
    const paths = await this.listed.paths;
    const documents: ParsedDocument[] = [];
    let bytes = 0;
    for (const path of paths) {
      const uri = pathToFileURL(path).href;
      const document = open(uri) ?? (await this.parsedFile(path, uri));
      if (!document) continue;
      documents.push(document);
      bytes += document.text.length;
      if (bytes > MAX_BYTES_PER_REQUEST) break;
    }
    return documents;
  }

  private async parsedFile(path: string, uri: string): Promise<ParsedDocument | undefined> {
    try {
      const info = await stat(path);
      if (!info.isFile() || info.size > MAX_INDEXED_FILE_BYTES) return undefined;
      const stamp = `${info.size}:${info.mtimeMs}`;
      const cached = this.parsed.get(path);
      if (cached?.stamp === stamp) return cached.document;
      const document = new ParsedDocument(await readFile(path, 'utf8'), uri);
      this.cachedBytes -= cached?.document.text.length ?? 0;
      this.parsed.delete(path);
      if (this.cachedBytes + document.text.length <= MAX_CACHED_BYTES) {
        this.parsed.set(path, { stamp, document });
        this.cachedBytes += document.text.length;
      }
      return document;
    } catch {
      return undefined; // gone or unreadable since the walk
    }
  }

  read(uri: string): Promise<string | undefined> {
    const path = filePath(uri);
    return path ? readSmallFile(path) : Promise.resolve(undefined);
  }
}

async function readSmallFile(path: string): Promise<string | undefined> {
  try {
    const info = await stat(path);
    return info.isFile() && info.size <= MAX_INDEXED_FILE_BYTES ? await readFile(path, 'utf8') : undefined;
  } catch {
    return undefined; // gone or unreadable
  }
}

function filePath(uri: string): string | undefined {
  try {
    return uri.startsWith('file:') ? fileURLToPath(uri) : undefined;
  } catch {
    return undefined;
  }
}
