// Activation cost of the extension's own code: loading dist/extension.js and running activate(), in CPU time, against
// the load of the peer (dockerfile-language-server-nodejs, the code a Dockerfile extension built on it loads) in the
// same run. The target (issue 2) is load + activate under 50 ms of CPU.
//
// What is measured, honestly:
// - Each sample is a fresh Node process (cold module cache, no V8 code cache), like an extension host loading us.
// - CPU time (process.cpuUsage) is the headline: the machine is shared, and wall clock grows with its load.
// - `vscode` is a minimal fake injected for this benchmark only: its calls cost next to nothing, so the figures are
//   our code's work, not VS Code's (creating output channels, registering providers … costs more in a real host).
// - activate() is timed until it returns; the bench also records which of our bundles were loaded by then (the
//   language client's and the engine's bundles must not be). The language client bundle is loaded and set up right
//   after (printed separately, up to the point where it would fork the server, which is not started here).
// - "floor" is vscode-languageclient/node alone: what any extension that starts a language server loads.
// - "peer" is requiring dockerfile-language-server-nodejs's server module (with --stdio), which loads its whole
//   language service; no Dockerfile extension's client code is installed here to measure instead.
import { spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { loadavg } from 'node:os';
import { join } from 'node:path';

const ROOT = join(__dirname, '..');
const DIST = join(ROOT, 'dist');
const EXTENSION = join(DIST, 'extension.js');
const PEER = join(ROOT, 'node_modules/dockerfile-language-server-nodejs/lib/server.js');
const FLOOR = require.resolve('vscode-languageclient/node', { paths: [ROOT] });
const SAMPLES = 15;
const TARGET_MS = 50;

/** A `vscode` module with just enough behaviour; anything else is an inert callable, constructible proxy. */
const fakeVscode = String.raw`
function inert(name) {
  const fn = function () {};
  return new Proxy(fn, {
    get(target, prop) {
      if (prop === Symbol.toPrimitive) return () => '';
      if (prop === 'then') return undefined;
      if (prop === Symbol.iterator) return function* () {};
      if (prop === 'prototype') return target.prototype;
      return inert(name + '.' + String(prop));
    },
    apply: () => inert(name + '()'),
    construct: () => inert('new ' + name),
  });
}
const disposable = () => ({ dispose() {} });
class EventEmitter {
  constructor() { this.listeners = new Set(); this.event = (l) => { this.listeners.add(l); return { dispose: () => this.listeners.delete(l) }; }; }
  fire(e) { for (const l of this.listeners) l(e); }
  dispose() { this.listeners.clear(); }
}
class Disposable { constructor(f) { this.f = f; } static from(...ds) { return new Disposable(() => ds.forEach((d) => d.dispose())); } dispose() { this.f?.(); } }
class Uri {
  constructor(scheme, path, query = '') { this.scheme = scheme; this.path = path; this.query = query; this.fsPath = path; }
  static file(p) { return new Uri('file', p); }
  static parse(s) { return new Uri('file', s); }
  static from(c) { return new Uri(c.scheme, c.path, c.query); }
  static joinPath(u, ...parts) { return new Uri(u.scheme, [u.path, ...parts].join('/')); }
  toString() { return this.scheme + '://' + this.path; }
}
const channel = () => ({ info() {}, warn() {}, error() {}, append() {}, appendLine() {}, show() {}, dispose() {}, logLevel: 2, onDidChangeLogLevel: () => disposable() });
const api = {
  version: '1.100.3',
  EventEmitter, Disposable, Uri,
  StatusBarAlignment: { Left: 1, Right: 2 },
  ProgressLocation: { Notification: 15 },
  ThemeColor: class { constructor(id) { this.id = id; } },
  l10n: { t: (m, ...a) => String(m).replace(/\{(\d+)\}/g, (_, i) => String(a[i])) },
  env: { language: 'en' },
  window: {
    createOutputChannel: channel,
    createStatusBarItem: () => ({ show() {}, hide() {}, dispose() {} }),
  },
  workspace: {
    isTrusted: true,
    getConfiguration: () => ({ get: (_k, d) => d }),
    onDidChangeConfiguration: disposable,
    onDidChangeTextDocument: disposable,
    registerTextDocumentContentProvider: disposable,
  },
  languages: {
    registerCodeLensProvider: disposable,
    registerInlayHintsProvider: disposable,
    registerDocumentLinkProvider: disposable,
    createDiagnosticCollection: () => ({ set() {}, delete() {}, dispose() {} }),
  },
  commands: { registerCommand: disposable, executeCommand: async () => undefined },
};
const withFallback = (object, name) => new Proxy(object, { get: (t, p) => (p in t ? t[p] : inert(name + '.' + String(p))) });
for (const key of ['window', 'workspace', 'languages', 'commands', 'env']) api[key] = withFallback(api[key], 'vscode.' + key);
const vscode = withFallback(api, 'vscode');
const Module = require('module');
const resolve = Module._resolveFilename;
Module._resolveFilename = function (request, ...rest) { return request === 'vscode' ? 'vscode' : resolve.call(this, request, ...rest); };
require.cache.vscode = { id: 'vscode', filename: 'vscode', loaded: true, exports: vscode };
`;

const children: Record<'ours' | 'floor' | 'peer', string> = {
  ours: `${fakeVscode}
const cpu = (since) => { const u = process.cpuUsage(since); return (u.user + u.system) / 1000; };
const bundles = () => Object.keys(require.cache).filter((file) => file.startsWith(${JSON.stringify(DIST + '/')})).map((file) => file.slice(${DIST.length + 1}));
const t0 = performance.now(), c0 = process.cpuUsage();
const extension = require(${JSON.stringify(EXTENSION)});
const t1 = performance.now(), loadCpu = cpu(c0), c1 = process.cpuUsage();
const context = { subscriptions: [], extensionUri: vscode.Uri.file('/nonexistent-extension'), workspaceState: { get() {}, update: async () => {} } };
const testApi = extension.activate(context);
const t2 = performance.now(), activateCpu = cpu(c1), c2 = process.cpuUsage(), loadedByActivate = bundles();
// The language client is set up after activate() returns; it ends where the server process would be forked.
require('child_process').fork = () => {
  const deferred = performance.now() - t2, deferredCpu = cpu(c2);
  process.stdout.write(JSON.stringify({ load: t1 - t0, activate: t2 - t1, loadCpu, activateCpu, deferred, deferredCpu, loadedByActivate, loadedByFork: bundles() }));
  process.exit(0);
};
testApi.languageClientReady.catch(() => undefined);
setTimeout(() => { process.stderr.write('the language client never tried to start the server'); process.exit(1); }, 10000);`,
  floor: `${fakeVscode}
const t0 = performance.now(), c0 = process.cpuUsage();
require(${JSON.stringify(FLOOR)});
const u = process.cpuUsage(c0);
process.stdout.write(JSON.stringify({ load: performance.now() - t0, activate: 0, loadCpu: (u.user + u.system) / 1000, activateCpu: 0 }));
process.exit(0);`,
  peer: `process.argv.splice(1, process.argv.length - 1, 'peer', '--stdio');
const t0 = performance.now(), c0 = process.cpuUsage();
require(${JSON.stringify(PEER)});
const u = process.cpuUsage(c0);
process.stdout.write(JSON.stringify({ load: performance.now() - t0, activate: 0, loadCpu: (u.user + u.system) / 1000, activateCpu: 0 }));
process.exit(0);`,
};

/** Wall-clock and CPU milliseconds (CPU time is steadier on a busy machine). */
interface Sample {
  load: number;
  activate: number;
  loadCpu: number;
  activateCpu: number;
  /** Ours only: the language client's load and setup, after activate() returned, until it would fork the server. */
  deferred?: number;
  deferredCpu?: number;
  /** Ours only: which files of dist/ were loaded when activate() returned, and when the server would be forked. */
  loadedByActivate?: string[];
  loadedByFork?: string[];
}

function sample(kind: keyof typeof children): Sample {
  const result = spawnSync(process.execPath, ['-e', children[kind]], {
    encoding: 'utf8',
    stdio: ['pipe', 'pipe', 'pipe'],
  });
  if (result.status !== 0) throw new Error(`${kind} sample failed: ${result.stderr}`);
  return JSON.parse(result.stdout) as Sample;
}

function median(values: number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  const mid = Math.floor(sorted.length / 2);
  return sorted.length % 2 ? (sorted[mid] as number) : ((sorted[mid - 1] as number) + (sorted[mid] as number)) / 2;
}

function main(): void {
  if (!existsSync(EXTENSION)) throw new Error(`${EXTENSION} is missing: run node scripts/build.mjs first`);
  const runs: Record<keyof typeof children, Sample[]> = { ours: [], floor: [], peer: [] };
  for (let i = 0; i < SAMPLES; i++) {
    for (const kind of ['ours', 'floor', 'peer'] as const) runs[kind].push(sample(kind));
  }
  const figure = (kind: keyof typeof children, pick: (s: Sample) => number): string => {
    const values = runs[kind].map(pick);
    return `${ms(median(values))} (${Math.min(...values).toFixed(1)}–${Math.max(...values).toFixed(1)})`;
  };
  const ours = (s: Sample): number => s.loadCpu + s.activateCpu;
  const oursCpu = median(runs.ours.map(ours));
  const peerCpu = median(runs.peer.map(ours));
  console.log(`activation, CPU time, median (min–max) of ${SAMPLES} fresh processes each:`);
  console.log(
    `  ours: load dist/extension.js ${figure('ours', (s) => s.loadCpu)} + activate() ${figure('ours', (s) => s.activateCpu)} = ${figure('ours', ours)}`,
  );
  console.log(`  peer: load dockerfile-language-server-nodejs ${figure('peer', ours)}`);
  console.log(`  floor: vscode-languageclient/node alone ${figure('floor', ours)}`);
  console.log(
    `  ratio ours/peer: ${(oursCpu / peerCpu).toFixed(2)}x; load + activate under ${TARGET_MS} ms CPU: ${oursCpu < TARGET_MS ? 'met' : 'NOT met'}`,
  );
  console.log(
    `  loaded by activate(): ${distinct(runs.ours, (s) => s.loadedByActivate)}; by the server fork: ${distinct(runs.ours, (s) => s.loadedByFork)}`,
  );
  console.log(
    `  after activate() returned: language client load + setup until the server fork ${figure('ours', (s) => s.deferredCpu ?? 0)} CPU`,
  );
  const wall = (s: Sample): number => s.load + s.activate;
  console.log(
    `  wall clock (machine load average ${loadavg()[0]?.toFixed(1) ?? '?'}): ours ${figure('ours', wall)}, peer ${figure('peer', wall)}`,
  );
}

function ms(n: number): string {
  return `${n.toFixed(1)} ms`;
}

/** The distinct lists of dist/ files across samples, e.g. "extension.js" or "extension.js + extension-lsp.js". */
function distinct(samples: Sample[], pick: (s: Sample) => string[] | undefined): string {
  const lists = new Set(samples.map((s) => (pick(s) ?? []).sort().join(' + ') || 'none'));
  return [...lists].join(' | ');
}

main();
