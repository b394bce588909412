// The bundled language server with ShellCheck: run in a trusted workspace at exact positions, never in an untrusted
// one, nothing when the configured program does not exist, and fresh positions after an edit.
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { chmodSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, before, test } from 'node:test';
import { setTimeout as sleep } from 'node:timers/promises';
import { LspClient, type PublishedDiagnostics } from '../../../bench/support/lsp-client';

const ROOT = join(__dirname, '../../..');
const dir = mkdtempSync(join(tmpdir(), 'dfs-shellcheck-'));
const fake = join(dir, 'shellcheck');
const uri = 'file:///project/Dockerfile';
const TEXT = 'FROM debian:12\nRUN echo $HOME\n';
const clients: LspClient[] = [];

/** Reports SC2086 on columns 6-11 of the first line of whatever it reads. */
const FAKE = `#!/bin/sh
cat > /dev/null
echo '{"comments":[{"line":1,"endLine":1,"column":6,"endColumn":11,"level":"info","code":2086,"message":"Double quote to prevent globbing."}]}'
exit 1
`;

before(() => {
  writeFileSync(fake, FAKE);
  chmodSync(fake, 0o755);
  const built = spawnSync(process.execPath, ['scripts/build.mjs'], { cwd: ROOT, encoding: 'utf8' });
  assert.equal(built.status, 0, built.stderr);
});

after(async () => {
  await Promise.all(clients.map((client) => client.shutdown()));
  rmSync(dir, { recursive: true, force: true });
});

async function start(initializationOptions: unknown): Promise<LspClient> {
  const client = new LspClient(process.execPath, [join(ROOT, 'dist/server.js'), '--stdio']);
  clients.push(client);
  await client.initialize(null, 'en', { initializationOptions });
  return client;
}

/** The first publish for the version whose diagnostics include `code`. */
async function waitFor(client: LspClient, version: number, code: string): Promise<PublishedDiagnostics> {
  for (;;) {
    const published = await client.nextDiagnostics(uri, version);
    if (published.diagnostics.some((d) => d.code === code)) return published;
  }
}

/** Every publish for the document during `ms` (ShellCheck runs 500 ms after a change). */
async function collect(client: LspClient, ms: number): Promise<PublishedDiagnostics[]> {
  const seen: PublishedDiagnostics[] = [];
  const deadline = sleep(ms).then(() => undefined);
  for (;;) {
    const published = await Promise.race([client.nextDiagnostics(uri, 1), deadline]);
    if (!published) return seen;
    seen.push(published);
  }
}

function open(client: LspClient, text = TEXT): void {
  client.notify('textDocument/didOpen', { textDocument: { uri, languageId: 'dockerfile', version: 1, text } });
}

const position = (published: PublishedDiagnostics, code: string) =>
  published.diagnostics.find((d) => d.code === code)?.range;

void test('server: in a trusted workspace ShellCheck findings arrive at their Dockerfile positions', async () => {
  const client = await start({ trusted: true, shellcheckPath: fake });
  const checked = waitFor(client, 1, 'ShellCheck');
  open(client);
  const published = await checked;
  assert.deepEqual(position(published, 'ShellCheck'), {
    start: { line: 1, character: 9 },
    end: { line: 1, character: 14 },
  });
  const diagnostic = published.diagnostics.find((d) => d.code === 'ShellCheck') as
    { codeDescription?: { href?: string } } | undefined;
  assert.equal(diagnostic?.codeDescription?.href, 'https://www.shellcheck.net/wiki/SC2086');

  const moved = waitFor(client, 2, 'ShellCheck');
  client.notify('textDocument/didChange', {
    textDocument: { uri, version: 2 },
    contentChanges: [{ range: { start: { line: 1, character: 0 }, end: { line: 1, character: 0 } }, text: '# a\n' }],
  });
  assert.equal(position(await moved, 'ShellCheck')?.start.line, 2);
});

for (const [name, options] of [
  ['an untrusted workspace', { trusted: false, shellcheckPath: fake }],
  ['a client that says nothing about trust', { shellcheckPath: fake }],
  ['a configured program that does not exist', { trusted: true, shellcheckPath: join(dir, 'missing') }],
] as const) {
  void test(`server: no ShellCheck for ${name}, and the other findings still come`, async () => {
    const client = await start(options);
    const publishes = collect(client, 2500);
    open(client, 'FROM debian:12\nRUN echo $HOME && cd /app\n');
    const codes = (await publishes).flatMap((published) => published.diagnostics.map((d) => d.code));
    assert.ok(codes.includes('CdInsteadOfWorkdir'), codes.join(', '));
    assert.ok(!codes.includes('ShellCheck'), codes.join(', '));
  });
}
