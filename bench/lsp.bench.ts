// Language server latency over stdio, ours against dockerfile-language-server-nodejs in the same run.
// Each server is driven like an editor: initialize, didOpen, then didChange edits (type a character, delete it),
// timing each from sending the notification until the publishDiagnostics for that version arrives. Both servers get
// the same documents and edits, interleaved (so machine load affects both alike), the same warm-up, and a typist's
// pause between edits. Edits are sent two ways: as ranged (incremental) changes, and as the whole new text, which is
// how clients that sync full documents send them, typed at the end, the start and the middle of the file. Hover,
// completion and whole-file semantic tokens are timed the way an editor asks for them: once per version, right after
// an edit's diagnostics arrive.
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { execFileSync } from 'node:child_process';
import { performance } from 'node:perf_hooks';
import { setTimeout } from 'node:timers/promises';
import { generateDockerfile } from './support/dockerfile-gen';
import { LspClient } from './support/lsp-client';
import { median, ms, percentile } from './support/stats';

const ROOT = join(__dirname, '..');
const SERVERS = {
  ours: [join(ROOT, 'dist/server.js'), '--stdio'],
  peer: [join(ROOT, 'node_modules/dockerfile-language-server-nodejs/bin/docker-langserver'), '--stdio'],
} as const;
type Server = keyof typeof SERVERS;
const SIZES = process.env.BENCH_SIZES ? process.env.BENCH_SIZES.split(',').map(Number) : [1_000, 10_000];
const OPENS = 5;
const EDITS = 24;
const WARMUP = 4;
/** Each of ours must take at most this fraction of the peer's median (requests have targets of their own). */
const TARGET_RATIO = 20;
/** A pause between keystrokes, as a typist leaves; each server's own background work (GC) settles in it. */
const KEYSTROKE_GAP_MS = 50;

type Sync = 'incremental' | 'full';
/** Where typing happens: a line index into the document, and which sync the client uses. */
interface EditPlan {
  name: string;
  sync: Sync;
  line: (text: string[]) => number;
}

/** The `echo "compiling …"` lines spread over the file, or one line near the end, the start or the middle. */
const PLANS: EditPlan[] = [
  { name: 'edit, incremental sync', sync: 'incremental', line: middleLine },
  { name: 'edit at the end, full sync', sync: 'full', line: (lines) => lastLine(lines, lines.length - 1) },
  { name: 'edit at the start, full sync', sync: 'full', line: (lines) => lines.findIndex(isInstruction) },
  { name: 'edit in the middle, full sync', sync: 'full', line: middleLine },
];

/** A request an editor sends after an edit, at the middle of the file, and the fraction of the peer's time allowed. */
interface RequestPlan {
  name: string;
  method: string;
  target: number;
  params: (uri: string, line: number) => Record<string, unknown>;
  /** Timed once, on a document of this many lines, after the sizes' rows; else at every size. */
  lines?: number;
  /** Timed samples, when fewer than EDITS. */
  samples?: number;
}

const REQUESTS: RequestPlan[] = [
  {
    name: 'hover over a keyword',
    method: 'textDocument/hover',
    target: 10,
    params: (uri, line) => ({ textDocument: { uri }, position: { line, character: 1 } }),
  },
  {
    name: 'completion of a keyword',
    method: 'textDocument/completion',
    target: 10,
    params: (uri, line) => ({ textDocument: { uri }, position: { line, character: 0 } }),
  },
  {
    name: 'semantic tokens, whole file',
    method: 'textDocument/semanticTokens/full',
    target: 100,
    params: (uri) => ({ textDocument: { uri } }),
    // The peer's time grows with the square of the lines (7 s at 2,000, 29 s at 4,000, about 3 minutes at 10,000), so
    // a few samples at 2,000 lines keep the bench short; at 10,000 the ratio is far larger.
    lines: 2_000,
    samples: 3,
  },
];

function middleLine(lines: string[]): number {
  return lastLine(lines, lines.length >> 1);
}

/** The last instruction line at or before `from`. */
function lastLine(lines: string[], from: number): number {
  for (let i = from; i >= 0; i--) if (isInstruction(lines[i] ?? '')) return i;
  return 0;
}

/** An instruction line to type at: not one opening a here-document, where a typed `x` renames its delimiter. */
function isInstruction(line: string): boolean {
  return /^[A-Z]+ /.test(line) && !line.includes('<<');
}

/** One server with open documents, driven like an editor. */
class Session {
  private readonly client: LspClient;
  private version = 1;

  constructor(server: Server) {
    this.client = new LspClient(process.execPath, [...SERVERS[server]], ROOT);
  }

  start(): Promise<unknown> {
    return this.client.initialize(null);
  }

  /** Opens the document and times until its first diagnostics. */
  async open(uri: string, text: string): Promise<number> {
    const started = performance.now();
    const published = this.client.nextDiagnostics(uri, this.version);
    this.client.notify('textDocument/didOpen', {
      textDocument: { uri, languageId: 'dockerfile', version: this.version, text },
    });
    await published;
    return performance.now() - started;
  }

  close(uri: string): void {
    this.client.notify('textDocument/didClose', { textDocument: { uri } });
  }

  /** Sends one change (ranged, or the whole new text) and times until the diagnostics for that version arrive. */
  async edit(uri: string, change: { range?: unknown; text: string }): Promise<number> {
    const version = ++this.version;
    const started = performance.now();
    const published = this.client.nextDiagnostics(uri, version);
    this.client.notify('textDocument/didChange', { textDocument: { uri, version }, contentChanges: [change] });
    await published;
    return performance.now() - started;
  }

  /** Times one request until its answer arrives. */
  async ask(method: string, params: Record<string, unknown>): Promise<number> {
    const started = performance.now();
    await this.client.request(method, params);
    return performance.now() - started;
  }

  peakRss(): number | undefined {
    return this.client.peakRss();
  }

  stop(): Promise<void> {
    return this.client.shutdown();
  }
}

type Pair<T> = Record<Server, T>;
type Timings = Pair<number[]>;

function timings(): Timings {
  return { ours: [], peer: [] };
}

/** Both servers in turn for each sample, so both see the same machine load. */
async function interleaved(sessions: Pair<Session>, sample: (session: Session) => Promise<number>, into: Timings) {
  for (const name of ['ours', 'peer'] as const) {
    into[name].push(await sample(sessions[name]));
    await setTimeout(KEYSTROKE_GAP_MS);
  }
}

/** A document of this size, its snippets new to both servers' caches (`n` makes each one distinct). */
function documentText(size: number, n: number): string {
  return generateDockerfile(size).replaceAll('echo "compiling', `echo "compiling${n}`);
}

async function measureOpens(sessions: Pair<Session>, size: number): Promise<Timings> {
  const opens = timings();
  for (let i = 0; i < WARMUP / 2 + OPENS; i++) {
    const uri = `file:///bench/open-${size}-${i}/Dockerfile`;
    const sample = timings();
    await interleaved(sessions, (session) => session.open(uri, documentText(size, i)), sample);
    for (const session of Object.values(sessions)) session.close(uri);
    if (i >= WARMUP / 2) for (const name of ['ours', 'peer'] as const) opens[name].push(...sample[name]);
  }
  return opens;
}

/** Types a character and deletes it again, EDITS times, on the plan's line. */
async function measureEdits(sessions: Pair<Session>, size: number, plan: EditPlan): Promise<Timings> {
  const original = documentText(size, -1);
  const lines = original.split('\n');
  const line = plan.line(lines);
  const character = (lines[line] ?? '').length;
  const typed = [...lines.slice(0, line), `${lines[line] ?? ''}x`, ...lines.slice(line + 1)].join('\n');
  const uri = `file:///bench/edit-${size}-${plan.name.replaceAll(/\W+/g, '-')}/Dockerfile`;
  const edits = timings();
  await interleaved(sessions, (session) => session.open(uri, original), timings());
  for (let i = 0; i < WARMUP + EDITS; i++) {
    const insert = i % 2 === 0;
    const range = { start: { line, character }, end: { line, character: insert ? character : character + 1 } };
    const change = plan.sync === 'full' ? { text: insert ? typed : original } : { range, text: insert ? 'x' : '' };
    await interleaved(sessions, (session) => session.edit(uri, change), i < WARMUP ? timings() : edits);
  }
  for (const session of Object.values(sessions)) session.close(uri);
  return edits;
}

/** Each sample: an edit typed in the middle (its diagnostics awaited, untimed), then the request, timed. */
async function measureRequest(sessions: Pair<Session>, size: number, plan: RequestPlan): Promise<Timings> {
  const original = documentText(size, -2);
  const lines = original.split('\n');
  const line = middleLine(lines);
  const uri = `file:///bench/request-${size}-${plan.method.replaceAll(/\W+/g, '-')}/Dockerfile`;
  const answers = timings();
  await interleaved(sessions, (session) => session.open(uri, original), timings());
  const typed = { start: { line, character: 0 }, end: { line, character: 0 } };
  const deleted = { start: typed.start, end: { line, character: 1 } };
  const warmUp = plan.samples === undefined ? WARMUP : 1;
  for (let i = 0; i < warmUp + (plan.samples ?? EDITS); i++) {
    const change = i % 2 === 0 ? { range: typed, text: 'x' } : { range: deleted, text: '' };
    await interleaved(sessions, (session) => session.edit(uri, change), timings());
    const params = plan.params(uri, line);
    await interleaved(sessions, (session) => session.ask(plan.method, params), i < warmUp ? timings() : answers);
  }
  for (const session of Object.values(sessions)) session.close(uri);
  return answers;
}

function ensureBuilt(): void {
  if (existsSync(SERVERS.ours[0])) return;
  execFileSync(process.execPath, [join(ROOT, 'scripts/build.mjs')], { cwd: ROOT, stdio: 'inherit' });
}

let failures = 0;

/** One row: both medians and p95s, the ratio, and whether ours meets the target (1/target of the peer's). */
function report(size: number, name: string, times: Timings, target = TARGET_RATIO): void {
  const ratio = median(times.peer) / median(times.ours);
  const met = ratio >= target;
  if (!met) failures++;
  const cells = [
    String(size).padEnd(7),
    name.padEnd(30),
    `${ms(median(times.ours))} / ${ms(percentile(times.ours, 95))}`.padEnd(22),
    `${ms(median(times.peer))} / ${ms(percentile(times.peer, 95))}`.padEnd(22),
    `1/${ratio.toFixed(1)}`.padEnd(9),
    `${met ? 'met' : 'NOT met'} (≤ 1/${target})`,
  ];
  console.log(cells.join(' '));
}

function reportMemory(size: number, sessions: Pair<Session>): void {
  const ours = sessions.ours.peakRss();
  const peer = sessions.peer.peakRss();
  if (ours === undefined || peer === undefined) return;
  const met = ours <= peer;
  if (!met) failures++;
  const mib = (bytes: number): string => `${(bytes / 2 ** 20).toFixed(1)} MiB`;
  const cells = [String(size).padEnd(7), 'server peak RSS'.padEnd(30), mib(ours).padEnd(22), mib(peer).padEnd(22)];
  console.log(
    [...cells, `${(ours / peer).toFixed(2)}×`.padEnd(9), met ? 'met (≤ peer)' : 'NOT met (≤ peer)'].join(' '),
  );
}

async function main(): Promise<void> {
  ensureBuilt();
  console.log(`didOpen/didChange → publishDiagnostics over stdio; ${OPENS} opens and ${EDITS} edits per row after`);
  console.log(`warm-up; each row's target is a fraction of the peer's median; peak RSS ≤ the peer's`);
  console.log('lines   what                           ours median / p95      peer median / p95      ratio     target');
  for (const size of SIZES) {
    // A fresh pair of servers per size, so each peak RSS belongs to that size.
    const sessions: Pair<Session> = { ours: new Session('ours'), peer: new Session('peer') };
    await Promise.all(Object.values(sessions).map((session) => session.start()));
    report(size, 'open', await measureOpens(sessions, size));
    for (const plan of PLANS) report(size, plan.name, await measureEdits(sessions, size, plan));
    for (const plan of REQUESTS.filter((request) => request.lines === undefined))
      report(size, plan.name, await measureRequest(sessions, size, plan), plan.target);
    reportMemory(size, sessions);
    if (size === SIZES[0])
      for (const plan of REQUESTS.filter((request) => request.lines !== undefined)) {
        const lines = plan.lines ?? size;
        report(lines, plan.name, await measureRequest(sessions, lines, plan), plan.target);
      }
    await Promise.all(Object.values(sessions).map((session) => session.stop()));
  }
  console.log(failures === 0 ? 'every target met' : `${failures} target(s) NOT met`);
}

main().catch((error: unknown) => {
  console.error(error);
  process.exit(1);
});
