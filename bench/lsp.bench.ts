// Edit → diagnostics latency over stdio, ours against dockerfile-language-server-nodejs in the same run.
// Each server is driven like an editor: initialize, didOpen, then didChange edits (type a character, delete it),
// timing each from sending the change until the publishDiagnostics for it arrives.
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { execFileSync } from 'node:child_process';
import { performance } from 'node:perf_hooks';
import { generateDockerfile } from './support/dockerfile-gen';
import { LspClient } from './support/lsp-client';
import { median, ms, percentile } from './support/stats';

const ROOT = join(__dirname, '..');
const SERVERS = {
  ours: [join(ROOT, 'dist/server.js'), '--stdio'],
  peer: [join(ROOT, 'node_modules/dockerfile-language-server-nodejs/bin/docker-langserver'), '--stdio'],
} as const;
const SIZES = [1_000, 10_000];
const EDITS = 40;
const WARMUP = 6;
const TARGET_RATIO = 20;

interface Measurement {
  open: number;
  edits: number[];
  diagnostics: number;
}

/** Lines where typing happens: the `echo "compiling …"` lines, spread over the file. */
function editLines(text: string): number[] {
  return text.split('\n').flatMap((line, i) => (line.includes('echo "compiling') ? [i] : []));
}

async function measure(server: keyof typeof SERVERS, text: string): Promise<Measurement> {
  const client = new LspClient(process.execPath, [...SERVERS[server]], ROOT);
  await client.initialize(null);
  const uri = 'file:///bench/Dockerfile';
  let version = 1;
  const started = performance.now();
  const opened = client.nextDiagnostics(uri, version);
  client.notify('textDocument/didOpen', { textDocument: { uri, languageId: 'dockerfile', version, text } });
  const first = await opened;
  const open = performance.now() - started;
  const targets = editLines(text);
  const edits: number[] = [];
  for (let i = 0; i < WARMUP + EDITS; i++) {
    const line = targets[Math.floor(i / 2) * 7 % targets.length] ?? 0;
    const insert = i % 2 === 0;
    const range = { start: { line, character: 15 }, end: { line, character: insert ? 15 : 16 } };
    version++;
    const t0 = performance.now();
    const published = client.nextDiagnostics(uri, version);
    client.notify('textDocument/didChange', { textDocument: { uri, version }, contentChanges: [{ range, text: insert ? 'x' : '' }] });
    await published;
    if (i >= WARMUP) edits.push(performance.now() - t0);
  }
  await client.shutdown();
  return { open, edits, diagnostics: first.diagnostics.length };
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
    const results = { ours: await measure('ours', text), peer: await measure('peer', text) };
    for (const [name, r] of Object.entries(results)) {
      const row = [String(size).padEnd(7), name.padEnd(7), ms(r.open).padEnd(11), ms(median(r.edits)).padEnd(11), ms(percentile(r.edits, 90)).padEnd(11), r.diagnostics];
      console.log(row.join(' '));
    }
    const ratio = median(results.peer.edits) / median(results.ours.edits);
    console.log(`${size} lines: ours/peer = ${(1 / ratio).toFixed(4)} (ours is ${ratio.toFixed(1)}× faster)`);
    if (size === 10_000) ratioAt10k = ratio;
  }
  const met = ratioAt10k >= TARGET_RATIO;
  console.log(`target at 10k lines: ours ≤ 1/${TARGET_RATIO} of the peer's median → ${met ? 'met' : 'NOT met'} (${ratioAt10k.toFixed(1)}×)`);
}

main().catch((error: unknown) => {
  console.error(error);
  process.exit(1);
});
