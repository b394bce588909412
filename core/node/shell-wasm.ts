// The shell parser's WebAssembly from disk: beside the bundle in dist/ (scripts/build.mjs copies it there), else
// from the installed packages (tests and tsx runs).
import { readFile } from 'node:fs/promises';
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { setFlagsFromString } from 'node:v8';
import { loadShellParser, type ShellParser, type ShellWasm } from '../shell';

const FILES = {
  runtime: { file: 'web-tree-sitter.wasm', module: 'web-tree-sitter/web-tree-sitter.wasm' },
  grammar: { file: 'tree-sitter-bash.wasm', module: 'tree-sitter-bash/tree-sitter-bash.wasm' },
};

function locate({ file, module }: { file: string; module: string }): string {
  const bundled = join(__dirname, file);
  return existsSync(bundled) ? bundled : require.resolve(module);
}

export const nodeShellWasm: ShellWasm = {
  runtime: () => readFile(locate(FILES.runtime)),
  grammar: () => readFile(locate(FILES.grammar)),
};

/**
 * The shell parser, loaded from disk on the first call. Its WebAssembly stays on V8's baseline compiler: optimizing
 * the bash grammar's 160 KB lexer function takes about a second of another core and 20-40 MB of compiler memory that
 * the allocator keeps, to save some 20 µs per snippet (docs/shell-parser.md). The flags must be set before the module
 * is compiled.
 */
export function loadNodeShellParser(): Promise<ShellParser> {
  setFlagsFromString('--no-wasm-tier-up');
  setFlagsFromString('--no-wasm-dynamic-tiering');
  return loadShellParser(nodeShellWasm);
}
