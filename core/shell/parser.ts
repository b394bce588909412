// The shell parser: tree-sitter-bash on web-tree-sitter (WebAssembly), loaded once, from bytes the host supplies
// (files in Node, fetch in a browser worker). Parsing is synchronous once loaded and cached per snippet text.
import { copyTree } from './syntax-node';
import { buildScript } from './script';
import type { ShellScript } from './types';

/** Where the two WebAssembly modules come from. */
export interface ShellWasm {
  /** web-tree-sitter's runtime, `web-tree-sitter.wasm`. */
  runtime(): Promise<Uint8Array> | Uint8Array;
  /** The bash grammar, `tree-sitter-bash.wasm`. */
  grammar(): Promise<Uint8Array> | Uint8Array;
}

export interface ShellParser {
  /** The snippet's commands and syntax errors; undefined for a snippet too long or too slow to parse. */
  parse(text: string): ShellScript | undefined;
}

/** Longer snippets are left alone: a RUN that size is generated, not written, and parsing must stay bounded. */
const MAX_SNIPPET_LENGTH = 200_000;
/** A parse that takes longer is abandoned (the untrusted-input bound). */
const PARSE_BUDGET_MS = 200;
const CACHE_ENTRIES = 4_000;
/** A script keeps up to about 50 bytes per character of its text (`a | a | …`), so this holds at most about 50 MB. */
const CACHE_CHARACTERS = 1_000_000;

let loading: Promise<ShellParser> | undefined;

/** Loads the parser on first call; every later call gets the same one (or the same failure). */
export function loadShellParser(wasm: ShellWasm): Promise<ShellParser> {
  loading ??= createParser(wasm);
  return loading;
}

async function createParser(wasm: ShellWasm): Promise<ShellParser> {
  const { Parser, Language } = await import('web-tree-sitter');
  // The bytes are given, so no file is looked for (a browser worker has no script URL to resolve one against).
  await Parser.init({ wasmBinary: toArrayBuffer(await wasm.runtime()), locateFile: (file: string) => file });
  const language = await Language.load(await wasm.grammar());
  const parser = new Parser();
  parser.setLanguage(language);
  return new CachedParser((text) => {
    const deadline = Date.now() + PARSE_BUDGET_MS;
    const tree = parser.parse(text, null, { progressCallback: () => Date.now() > deadline });
    if (!tree) return undefined;
    const cursor = tree.walk();
    const root = tree.rootNode;
    try {
      return buildScript(copyTree(cursor, root.descendantCount, root.hasError), text);
    } finally {
      cursor.delete();
      tree.delete();
    }
  });
}

function toArrayBuffer(bytes: Uint8Array): ArrayBuffer {
  const copy = new Uint8Array(bytes.byteLength);
  copy.set(bytes);
  return copy.buffer;
}

/** Results by snippet text, least recently used first out, bounded in entries and in characters kept. */
export class CachedParser implements ShellParser {
  private readonly cache = new Map<string, ShellScript | undefined>();
  private characters = 0;

  constructor(private readonly parseText: (text: string) => ShellScript | undefined) {}

  parse(text: string): ShellScript | undefined {
    if (text.length > MAX_SNIPPET_LENGTH) return undefined;
    if (this.cache.has(text)) {
      const hit = this.cache.get(text);
      this.cache.delete(text);
      this.cache.set(text, hit);
      return hit;
    }
    const script = this.parseText(text);
    this.cache.set(text, script);
    this.characters += text.length;
    this.evict();
    return script;
  }

  private evict(): void {
    for (const key of this.cache.keys()) {
      if (this.cache.size <= CACHE_ENTRIES && this.characters <= CACHE_CHARACTERS) return;
      this.cache.delete(key);
      this.characters -= key.length;
    }
  }
}
