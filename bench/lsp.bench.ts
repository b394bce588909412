// Edit → diagnostics latency over stdio, ours against dockerfile-language-server-nodejs in the same run.
// Each server is driven like an editor: initialize, didOpen, then didChange edits (type a character, delete it),
// timing each from sending the change until the publishDiagnostics for it arrives. The two servers run side by
// side with their edits interleaved, so machine load affects both alike, with a typist's pause between edits.
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
const SIZES = [1_000, 10_000];
const EDITS = 60;
const URI = 'file:///bench/Dockerfile';
const WARMUP = 6;
const TARGET_RATIO = 20;
/** A pause between keystrokes, as a typist leaves; each server's own background work (GC) settles in it. */
const KEYSTROKE_GAP_MS = 50;

interface Measurement {
  open: number;
  edits: number[];
  diagnostics: number;
}

/** Lines where typing happens: the `echo "compiling …"` lines, spread over the file. */
function editLines(text: string): number[] {
  return text.split('\n').flatMap((line, i) => (line.includes('echo "compiling') ? [i] : []));
}

/** One server with one open document, driven like an editor. */
class Session {
  private readonly client: LspClient;
  private version = 1;
  readonly result: Measurement = { open: 0, edits: [], diagnostics: 0 };

  constructor(server: keyof typeof SERVERS) {
    this.client = new LspClient(process.execPath, [...SERVERS[server]], ROOT);
  }

  async open(text: string): Promise<void> {
    await this.client.initialize(null);
    const started = performance.now();
    const opened = this.client.nextDiagnostics(URI, this.version);
    this.client.notify('textDocument/didOpen', {
      textDocument: { uri: URI, languageId: 'dockerfile', version: this.version, text },
    });
    this.result.diagnostics = (await opened).diagnostics.length;
    this.result.open = performance.now() - started;
  }

  /** Types a character (or deletes it) and times until the diagnostics for that version arrive. */
  async edit(line: number, insert: boolean, record: boolean): Promise<void> {
    const range = { start: { line, character: 15 }, end: { line, character: insert ? 15 : 16 } };
    const version = ++this.version;
    const started = performance.now();
    const published = this.client.nextDiagnostics(URI, version);
    this.client.notify('textDocument/didChange', {
      textDocument: { uri: URI, version },
      contentChanges: [{ range, text: insert ? 'x' : '' }],
    });
    await published;
    if (record) this.result.edits.push(performance.now() - started);
  }

  close(): Promise<void> {
    return this.client.shutdown();
  }
}

/** Both servers side by side, edits interleaved, so both see the same machine load. */
async function measure(text: string): Promise<Record<'ours' | 'peer', Measurement>> {
  const sessions = { ours: new Session('ours'), peer: new Session('peer') };
  await sessions.ours.open(text);
  await sessions.peer.open(text);
  const targets = editLines(text);
  for (let i = 0; i < WARMUP + EDITS; i++) {
    const line = targets[(Math.floor(i / 2) * 7) % targets.length] ?? 0;
    for (const session of Object.values(sessions)) {
      await session.edit(line, i % 2 === 0, i >= WARMUP);
      await setTimeout(KEYSTROKE_GAP_MS);
    }
  }
  await Promise.all(Object.values(sessions).map((session) => session.close()));
  return { ours: sessions.ours.result, peer: sessions.peer.result };
}

function ensureBuilt(): void {
  if (existsSync(SERVERS.ours[0])) return;
  execFileSync(process.execPath, [join(ROOT, 'scripts/build.mjs')], { cwd: ROOT, stdio: 'inherit' });
}

async function main(): Promise<void> {
  ensureBuilt();
  console.log(`edit → publishDiagnostics over stdio, ${EDITS} edits per run after ${WARMUP} warm-up edits`);
  console.log('lines   server  open        median      p90         diagnostics');
  let ratioAt10k = 0;
  for (const size of SIZES) {
    const text = generateDockerfile(size);
    const results = await measure(text);
    for (const [name, r] of Object.entries(results)) {
      const row = [
        String(size).padEnd(7),
        name.padEnd(7),
        ms(r.open).padEnd(11),
        ms(median(r.edits)).padEnd(11),
        ms(percentile(r.edits, 90)).padEnd(11),
        r.diagnostics,
      ];
      console.log(row.join(' '));
    }
    const ratio = median(results.peer.edits) / median(results.ours.edits);
    console.log(`${size} lines: ours/peer = ${(1 / ratio).toFixed(4)} (ours is ${ratio.toFixed(1)}× faster)`);
    if (size === 10_000) ratioAt10k = ratio;
  }
  const met = ratioAt10k >= TARGET_RATIO;
  console.log(
    `target at 10k lines: ours ≤ 1/${TARGET_RATIO} of the peer's median → ${met ? 'met' : 'NOT met'} (${ratioAt10k.toFixed(1)}×)`,
  );
}

main().catch((error: unknown) => {
  console.error(error);
  process.exit(1);
});
