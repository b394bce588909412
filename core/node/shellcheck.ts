// ShellCheck on every shell snippet, when the program is installed: one process per snippet (the snippet on stdin,
// never through a shell), bounded in time and output, results cached per snippet text and mapped back to the
// Dockerfile's lines and columns through the snippet's map.
import { spawn } from 'node:child_process';
import { accessSync, constants, statSync } from 'node:fs';
import { delimiter, join } from 'node:path';
import type { DockerfileAst } from '../parser/ast';
import type { ShellCheckNote, ShellSnippet } from '../shell';

/** What ShellCheck said about one input, in its own 1-based lines and columns (tabs count as one column). */
interface RawComment {
  line: number;
  column: number;
  endLine: number;
  endColumn: number;
  level: ShellCheckNote['level'];
  code: number;
  message: string;
}

const TIMEOUT_MS = 10_000;
const MAX_OUTPUT = 1_000_000;
const CACHE_ENTRIES = 2_000;
/** The cache's bound in characters of snippet and output kept (the parsed notes take a few times that in memory). */
const CACHE_CHARACTERS = 4_000_000;
const CONCURRENCY = 2;
/** Sourced files are not in the snippet, so ShellCheck cannot follow them. */
const EXCLUDED = 'SC1090,SC1091';

/** The executable: the configured path when it is a runnable file, else `shellcheck` on PATH; undefined if none. */
export function findShellCheck(configured: string | undefined, env: Readonly<Record<string, string | undefined>>) {
  if (configured) return isExecutable(configured) ? configured : undefined;
  const names = process.platform === 'win32' ? ['shellcheck.exe'] : ['shellcheck'];
  for (const dir of (env.PATH ?? '').split(delimiter)) {
    if (!dir) continue;
    for (const name of names) if (isExecutable(join(dir, name))) return join(dir, name);
  }
  return undefined;
}

function isExecutable(path: string): boolean {
  try {
    accessSync(path, constants.X_OK);
    return statSync(path).isFile();
  } catch {
    return false;
  }
}

/** The names ARG and ENV declare: exported in a header line so ShellCheck does not call them unassigned. */
export function declaredNames(ast: DockerfileAst): string[] {
  const names = new Set<string>();
  for (const instruction of ast.instructions) {
    if (instruction.keyword === 'ARG') for (const word of instruction.args) names.add(word.value.split('=')[0] ?? '');
    if (instruction.keyword === 'ENV')
      for (let i = 0; i < instruction.args.length; i += 2) names.add(instruction.args[i]?.value ?? '');
  }
  return [...names].filter((name) => /^[A-Za-z_]\w*$/.test(name)).sort();
}

export class ShellCheckRunner {
  private readonly cache = new Map<string, Checked>();
  private cachedCharacters = 0;

  constructor(
    private readonly executable: string,
    private readonly cacheCharacters = CACHE_CHARACTERS,
  ) {}

  /** The notes for the snippets whose results are cached; `missing` lists the snippets not run yet. */
  notes(snippets: readonly ShellSnippet[], header: string): { notes: ShellCheckNote[]; missing: ShellSnippet[] } {
    const notes: ShellCheckNote[] = [];
    const missing: ShellSnippet[] = [];
    for (const snippet of snippets) {
      const comments = this.cache.get(cacheKey(snippet, header))?.comments;
      if (comments) notes.push(...comments.flatMap((comment) => placed(snippet, header, comment)));
      else missing.push(snippet);
    }
    return { notes, missing };
  }

  /** Runs ShellCheck on each snippet not cached yet, a few at a time; stops early when `signal` aborts. */
  async run(snippets: readonly ShellSnippet[], header: string, signal?: AbortSignal): Promise<void> {
    const queue = snippets.filter((snippet) => !this.cache.has(cacheKey(snippet, header)));
    const worker = async (): Promise<void> => {
      for (let snippet = queue.shift(); snippet && !signal?.aborted; snippet = queue.shift()) {
        const checked = await this.check(snippet, header, signal);
        if (checked) this.remember(cacheKey(snippet, header), checked);
      }
    };
    await Promise.all(Array.from({ length: CONCURRENCY }, worker));
  }

  private check(snippet: ShellSnippet, header: string, signal?: AbortSignal): Promise<Checked | undefined> {
    const args = ['--format=json1', `--shell=${snippet.dialect}`, `--exclude=${EXCLUDED}`, '-'];
    return new Promise((resolve) => {
      const child = spawn(this.executable, args, { stdio: ['pipe', 'pipe', 'ignore'], timeout: TIMEOUT_MS, signal });
      let output = '';
      child.stdout.setEncoding('utf8');
      child.stdout.on('data', (chunk: string) => {
        output += chunk;
        if (output.length > MAX_OUTPUT) child.kill();
      });
      child.on('error', () => resolve(undefined));
      child.on('close', (code) => {
        const comments = code === 0 || code === 1 ? parseComments(output) : undefined;
        resolve(comments && { comments, outputSize: output.length });
      });
      child.stdin.on('error', () => undefined);
      child.stdin.end(header + snippet.text.text);
    });
  }

  /** Keeps the newest results, within the bounds in entries and in characters. */
  private remember(key: string, checked: Checked): void {
    const replaced = this.cache.get(key);
    if (replaced) this.cachedCharacters -= key.length + replaced.outputSize;
    this.cache.set(key, checked);
    this.cachedCharacters += key.length + checked.outputSize;
    for (const [old, cached] of this.cache) {
      if (this.cache.size <= CACHE_ENTRIES && this.cachedCharacters <= this.cacheCharacters) break;
      this.cache.delete(old);
      this.cachedCharacters -= old.length + cached.outputSize;
    }
  }
}

/** One run's comments, and the length of the output they were read from. */
interface Checked {
  comments: RawComment[];
  outputSize: number;
}

/** `export A B\n` for the declared names, or nothing. */
export function headerFor(names: readonly string[]): string {
  return names.length > 0 ? `export ${names.join(' ')}\n` : '';
}

function cacheKey(snippet: ShellSnippet, header: string): string {
  return `${snippet.dialect}\0${header}\0${snippet.text.text}`;
}

function parseComments(output: string): RawComment[] | undefined {
  try {
    const parsed = JSON.parse(output) as { comments?: RawComment[] };
    return Array.isArray(parsed.comments) ? parsed.comments : undefined;
  } catch {
    return undefined;
  }
}

/** The comment on the Dockerfile: ShellCheck's line/column in header + snippet → snippet offset → Dockerfile. */
function placed(snippet: ShellSnippet, header: string, comment: RawComment): ShellCheckNote[] {
  const headerLines = header === '' ? 0 : 1;
  const text = snippet.text.text;
  const start = offsetOf(text, comment.line - headerLines, comment.column);
  const end = offsetOf(text, comment.endLine - headerLines, comment.endColumn);
  if (start === undefined || end === undefined) return [];
  const range = snippet.text.range(start, Math.max(start, end));
  return [{ code: comment.code, level: comment.level, message: comment.message, range }];
}

function offsetOf(text: string, line: number, column: number): number | undefined {
  if (line < 1) return undefined;
  let offset = 0;
  for (let i = 1; i < line; i++) {
    const next = text.indexOf('\n', offset);
    if (next < 0) return undefined;
    offset = next + 1;
  }
  const lineEnd = text.indexOf('\n', offset);
  return Math.min(offset + column - 1, lineEnd < 0 ? text.length : lineEnd);
}
