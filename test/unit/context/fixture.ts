// Builds a build-context folder from a compact description, and summarises a tar for comparisons.
import { execFileSync } from 'node:child_process';
import { chmodSync, linkSync, mkdirSync, mkdtempSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';

/** A file's text, or a directory, symlink, hard link or mode-specific file. Paths starting with `../` land beside the context. */
export type FileSpec =
  | string
  | { dir: true; mode?: number }
  | { symlink: string }
  | { hardlink: string }
  | { text: string; mode: number }
  | { fifo: true };

export interface ContextFixture {
  root: string;
  contextDir: string;
  cleanup(): void;
}

export function makeContext(files: Record<string, FileSpec>): ContextFixture {
  const root = mkdtempSync(join(tmpdir(), 'ctx-case-'));
  const contextDir = join(root, 'ctx');
  mkdirSync(contextDir);
  for (const [rel, spec] of Object.entries(files)) {
    const path = join(contextDir, rel);
    mkdirSync(dirname(path), { recursive: true });
    if (typeof spec === 'string') writeFileSync(path, spec);
    else if ('dir' in spec) {
      mkdirSync(path, { recursive: true });
      if (spec.mode !== undefined) chmodSync(path, spec.mode);
    } else if ('fifo' in spec) execFileSync('mkfifo', [path]);
    else if ('symlink' in spec) symlinkSync(spec.symlink, path);
    else if ('hardlink' in spec) linkSync(join(contextDir, spec.hardlink), path);
    else {
      writeFileSync(path, spec.text);
      chmodSync(path, spec.mode);
    }
  }
  return { root, contextDir, cleanup: () => rmSync(root, { recursive: true, force: true }) };
}

export interface SummaryEntry {
  name: string;
  type: string;
  linkname: string;
  content?: string;
}

/** `name`, `name/` for directories, `name -> target` for symlinks, `name => first` for hard links. */
export function describeEntry(e: SummaryEntry): string {
  if (e.type === 'symlink') return `${e.name} -> ${e.linkname}`;
  if (e.type === 'link') return `${e.name} => ${e.linkname}`;
  return e.name;
}

/** The CLI names an outside Dockerfile `.dockerfile.<20 random hex digits>`. */
export const RANDOM_DOCKERFILE = /\.dockerfile\.[0-9a-f]{20}/g;

export function normalizeRandomName(text: string): string {
  return text.replace(RANDOM_DOCKERFILE, '.dockerfile.RANDOM');
}

/** Entry descriptions, with a randomly ordered tail (see ContextCase.unorderedTail) sorted so runs compare equal. */
export function describeAll(entries: SummaryEntry[], unorderedTail = 0): string[] {
  return sortTail(
    entries.map((e) => normalizeRandomName(describeEntry(e))),
    unorderedTail,
  );
}

export function sortTail(names: string[], tail = 0): string[] {
  const head = names.slice(0, names.length - tail);
  return [...head, ...names.slice(head.length).sort()];
}
