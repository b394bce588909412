// Builds a build-context folder from a compact description, and summarises a tar for comparisons.
import { execFileSync } from 'node:child_process';
import { chmodSync, linkSync, mkdirSync, mkdtempSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { encodeName } from '../../../core/ignore/names';
import { fsPath } from '../../../client/context/walk';

/**
 * A file's text, or a directory, symlink, hard link or mode-specific file. Paths starting with `../` land beside the
 * context. Names, link targets and texts may hold bytes that are not UTF-8, written as core/ignore/names escapes them.
 */
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
  const bytes = (text: string): Buffer => Buffer.from(encodeName(text));
  for (const [rel, spec] of Object.entries(files)) {
    const path = fsPath(join(contextDir, rel));
    mkdirSync(fsPath(dirname(join(contextDir, rel))), { recursive: true });
    if (typeof spec === 'string') writeFileSync(path, bytes(spec));
    else if ('dir' in spec) {
      mkdirSync(path, { recursive: true });
      if (spec.mode !== undefined) chmodSync(path, spec.mode);
    } else if ('fifo' in spec) execFileSync('mkfifo', [join(contextDir, rel)]);
    else if ('symlink' in spec) symlinkSync(bytes(spec.symlink), path);
    else if ('hardlink' in spec) linkSync(fsPath(join(contextDir, spec.hardlink)), path);
    else {
      writeFileSync(path, bytes(spec.text));
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

/** Nests folders past PATH_MAX with relative steps (an absolute path that long fails), then writes `f` at the bottom. */
const NEST_DEEP = `const fs = require('node:fs'); process.chdir(process.argv[1]);
for (let i = 0; i < 25; i++) { fs.mkdirSync('d'.repeat(200)); process.chdir('d'.repeat(200)); }
fs.writeFileSync('f', 'x');`;

/**
 * A context holding a file whose path is longer than the system allows (ENAMETOOLONG). Removed with `rm -rf`, which
 * walks trees that deep (Node's rmSync does not).
 */
export function tooDeepContext(files: Record<string, FileSpec> = {}): ContextFixture {
  const fx = makeContext({ Dockerfile: 'FROM scratch\nCOPY . /\n', ...files });
  execFileSync(process.execPath, ['-e', NEST_DEEP, fx.contextDir]);
  return { ...fx, cleanup: () => execFileSync('rm', ['-rf', fx.root]) };
}
