// The bundled language server's memory: parsing many shell snippets must not make V8 optimize the shell parser's
// WebAssembly, whose compilation of the bash grammar's lexer held 30 MB or more at the peak (core/node/shell-wasm.ts).
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { join } from 'node:path';
import { setTimeout } from 'node:timers/promises';
import { before, test } from 'node:test';
import { LspClient } from '../../../bench/support/lsp-client';

const ROOT = join(__dirname, '../../..');
/** The growth measured with the shell parser on the baseline compiler is about 31 MB; optimized, about 60 MB. */
const MAX_GROWTH = 45 * 2 ** 20;
/** Long enough for a background optimizing compilation to finish. */
const SETTLE_MS = 2_000;

before(() => {
  const built = spawnSync(process.execPath, ['scripts/build.mjs'], { cwd: ROOT, encoding: 'utf8' });
  assert.equal(built.status, 0, built.stderr);
});

async function open(client: LspClient, uri: string, text: string): Promise<void> {
  const published = client.nextDiagnostics(uri, 1);
  client.notify('textDocument/didOpen', { textDocument: { uri, languageId: 'dockerfile', version: 1, text } });
  await published;
}

void test('server memory: 1,500 distinct RUN snippets do not get the shell parser optimized', async (t) => {
  const client = new LspClient(process.execPath, [join(ROOT, 'dist/server.js'), '--stdio']);
  try {
    await client.initialize(null);
    await open(client, 'file:///small/Dockerfile', 'FROM alpine\nRUN echo loaded\n');
    const idle = client.peakRss();
    if (idle === undefined) return t.skip('no /proc to read the peak from');
    const runs = Array.from({ length: 1_500 }, (_, i) => `RUN apt-get install -y pkg${i} && echo "${i}" | tee /f${i}`);
    await open(client, 'file:///many/Dockerfile', ['FROM debian:12', ...runs].join('\n'));
    await setTimeout(SETTLE_MS);
    const growth = (client.peakRss() ?? 0) - idle;
    assert.ok(growth < MAX_GROWTH, `peak RSS grew ${(growth / 2 ** 20).toFixed(0)} MiB`);
  } finally {
    await client.shutdown();
  }
});
