// The bundled language server reads the project's .hadolint.yaml (when there is no .dockerfile-studio.json), says so
// in its log, and follows changes to it.
import { after, before, test } from 'node:test';
import assert from 'node:assert/strict';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { bundleServer } from './support';
import { LspClient, type PublishedDiagnostics } from '../../../bench/support/lsp-client';

const dir = mkdtempSync(join(tmpdir(), 'dockerfile-studio-config-server-'));
const bundle = join(dir, 'server.js');
const hadolintFile = join(dir, '.hadolint.yaml');
const dockerfile = join(dir, 'Dockerfile');
const uri = pathToFileURL(dockerfile).href;
const TEXT = 'FROM ghcr.io/acme/base:1\nCMD ["a"]\nCMD ["b"]\n';
let client: LspClient;

before(async () => {
  await bundleServer(bundle);
  writeFileSync(dockerfile, TEXT);
  writeFileSync(hadolintFile, 'override:\n  error:\n    - DL4003\ntrustedRegistries: [docker.io]\n');
  client = new LspClient(process.execPath, [bundle, '--stdio']);
  await client.initialize(pathToFileURL(dir).href, 'en');
});

after(async () => {
  await client.shutdown();
  rmSync(dir, { recursive: true, force: true });
});

function severities(published: PublishedDiagnostics): Record<string, number | undefined> {
  const bySeverity: Record<string, number | undefined> = {};
  for (const d of published.diagnostics as { code?: string; severity?: number }[])
    bySeverity[String(d.code)] = d.severity;
  return bySeverity;
}

void test('server: .hadolint.yaml sets severities and trusted registries, and the log names it', async () => {
  const published = client.nextDiagnostics(uri, 1);
  const logged = client.next<{ message: string }>('window/logMessage', (p) => String(p.message).includes('hadolint'));
  client.notify('textDocument/didOpen', { textDocument: { uri, languageId: 'dockerfile', version: 1, text: TEXT } });
  assert.deepEqual(severities(await published), { UntrustedRegistry: 1, MultipleInstructionsDisallowed: 1 });
  const { message } = await logged;
  assert.equal(message, `Settings for ${uri} from ${hadolintFile} (hadolint's settings, read as ours)`);
});

void test('server: a changed .hadolint.yaml changes the diagnostics', { timeout: 20_000 }, async () => {
  writeFileSync(hadolintFile, 'ignored: [DL4003]\n');
  // Publications from before the change (the shell parser loading) may still arrive: wait for the new settings.
  const published = client.next<PublishedDiagnostics>(
    'textDocument/publishDiagnostics',
    (p) => p.uri === uri && !JSON.stringify(p).includes('MultipleInstructionsDisallowed'),
  );
  client.notify('workspace/didChangeWatchedFiles', { changes: [{ uri: pathToFileURL(hadolintFile).href, type: 2 }] });
  assert.deepEqual(severities(await published), {});
});
