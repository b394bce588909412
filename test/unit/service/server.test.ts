// Drives the bundled language server over stdio as an editor does: initialize, didOpen, didChange, settings.
import { after, before, test } from 'node:test';
import assert from 'node:assert/strict';
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { bundleServer } from './support';
import { LspClient, type PublishedDiagnostics } from '../../../bench/support/lsp-client';
import { CHECK_FILES_REQUEST } from '../../../server/protocol';

const dir = mkdtempSync(join(tmpdir(), 'dockerfile-studio-server-'));
const bundle = join(dir, 'server.js');
const uri = 'file:///project/Dockerfile';
const TWO_CMDS = 'FROM alpine\nCMD ["echo", "a"]\nCMD ["echo", "hello"]\n';
let client: LspClient;

before(async () => {
  await bundleServer(bundle);
  client = new LspClient(process.execPath, [bundle, '--stdio']);
  client.configuration = { dockerfileStudio: { rules: { JSONArgsRecommended: 'error' } } };
  const result = await client.initialize(null, 'ko');
  assert.ok((result.capabilities as Record<string, unknown>).hoverProvider);
});

after(async () => {
  await client.shutdown();
  rmSync(dir, { recursive: true, force: true });
});

function codes(published: PublishedDiagnostics): string[] {
  return published.diagnostics.map((d) => String(d.code));
}

void test('server: diagnostics on open, localized, with the document version', async () => {
  const published = client.nextDiagnostics(uri, 1);
  client.notify('textDocument/didOpen', {
    textDocument: { uri, languageId: 'dockerfile', version: 1, text: TWO_CMDS },
  });
  const first = await published;
  assert.equal(first.version, 1);
  const multiple = first.diagnostics.find((d) => d.code === 'MultipleInstructionsDisallowed');
  assert.ok(multiple, JSON.stringify(first));
  assert.equal(multiple.range.start.line, 1);
  assert.match(multiple.message, /[가-힣]/);
});

void test('server: diagnostics follow every change', async () => {
  const published = client.nextDiagnostics(uri, 2);
  const secondCmd = { start: { line: 2, character: 0 }, end: { line: 3, character: 0 } };
  client.notify('textDocument/didChange', {
    textDocument: { uri, version: 2 },
    contentChanges: [{ range: secondCmd, text: '' }],
  });
  const second = await published;
  assert.equal(second.version, 2);
  assert.ok(!codes(second).includes('MultipleInstructionsDisallowed'), JSON.stringify(second));
});

void test('server: rule severities come from the dockerfileStudio settings, and a change refreshes them', async () => {
  const shellForm = client.nextDiagnostics(uri, 3);
  client.notify('textDocument/didChange', {
    textDocument: { uri, version: 3 },
    contentChanges: [{ text: 'FROM alpine\nCMD echo hi\n' }],
  });
  const asError = (await shellForm).diagnostics.find((d) => d.code === 'JSONArgsRecommended') as
    { severity?: number } | undefined;
  assert.equal(asError?.severity, 1);
  client.configuration = { dockerfileStudio: { rules: { JSONArgsRecommended: 'off' } } };
  const refreshed = client.nextDiagnostics(uri, 3);
  client.notify('workspace/didChangeConfiguration', { settings: null });
  assert.ok(!codes(await refreshed).includes('JSONArgsRecommended'));
});

void test('server: hover answers in the client locale', async () => {
  const hover = await client.request<{ contents: { value: string } } | null>('textDocument/hover', {
    textDocument: { uri },
    position: { line: 0, character: 1 },
  });
  assert.match(hover?.contents.value ?? '', /베이스 이미지/);
});

void test('server: closing a document clears its diagnostics', async () => {
  const cleared = client.nextDiagnostics(uri);
  client.notify('textDocument/didClose', { textDocument: { uri } });
  assert.deepEqual((await cleared).diagnostics, []);
});

void test('server: without workspace/configuration, initialization options and pushed settings apply', async () => {
  const plain = new LspClient(process.execPath, [bundle, '--stdio']);
  try {
    await plain.initialize(null, 'en', {
      pull: false,
      initializationOptions: { rules: { JSONArgsRecommended: 'error' } },
    });
    const other = 'file:///project/other/Dockerfile';
    const opened = plain.nextDiagnostics(other, 1);
    plain.notify('textDocument/didOpen', {
      textDocument: { uri: other, languageId: 'dockerfile', version: 1, text: 'FROM alpine\nCMD echo hi\n' },
    });
    const first = (await opened).diagnostics.find((d) => d.code === 'JSONArgsRecommended') as
      { severity?: number } | undefined;
    assert.equal(first?.severity, 1);
    const pushed = plain.nextDiagnostics(other, 1);
    plain.notify('workspace/didChangeConfiguration', {
      settings: { dockerfileStudio: { rules: { JSONArgsRecommended: 'off' } } },
    });
    assert.ok(!codes(await pushed).includes('JSONArgsRecommended'));
  } finally {
    await plain.shutdown();
  }
});

void test("server: CopyIgnoredFile follows the Dockerfile's .dockerignore, re-read when it changes", async () => {
  const project = mkdtempSync(join(dir, 'project-'));
  const ignoreFile = join(project, '.dockerignore');
  writeFileSync(ignoreFile, 'secret.txt\n');
  const dockerfile = pathToFileURL(join(project, 'Dockerfile')).href;
  const editor = new LspClient(process.execPath, [bundle, '--stdio']);
  const ignored = (published: PublishedDiagnostics): number[] =>
    published.diagnostics.filter((d) => d.code === 'CopyIgnoredFile').map((d) => d.range.start.line);
  try {
    await editor.initialize(null, 'en', {
      pull: false,
      initializationOptions: { rules: { CopyIgnoredFile: 'warning' } },
    });
    const opened = editor.nextDiagnostics(dockerfile, 1);
    editor.notify('textDocument/didOpen', {
      textDocument: { uri: dockerfile, languageId: 'dockerfile', version: 1, text: 'FROM alpine\nCOPY secret.txt /\n' },
    });
    assert.deepEqual(ignored(await opened), [1]);

    writeFileSync(ignoreFile, 'other.txt\n');
    const notified = editor.nextDiagnostics(dockerfile, 1);
    editor.notify('workspace/didChangeWatchedFiles', { changes: [{ uri: pathToFileURL(ignoreFile).href, type: 2 }] });
    assert.deepEqual(ignored(await notified), []);

    writeFileSync(ignoreFile, 'secret.txt\n');
    const edited = editor.nextDiagnostics(dockerfile, 2);
    editor.notify('textDocument/didChange', {
      textDocument: { uri: dockerfile, version: 2 },
      contentChanges: [{ text: 'FROM alpine\nCOPY secret.txt /app/\n' }],
    });
    assert.deepEqual(ignored(await edited), [1], 'without a notification, the next validation re-stats the file');
  } finally {
    await editor.shutdown();
  }
});

void test('checkFiles: unopened Dockerfiles checked with their folder’s config file; huge and missing ones left out', async () => {
  const project = mkdtempSync(join(dir, 'check-files-'));
  const quiet = join(project, 'quiet');
  mkdirSync(quiet);
  writeFileSync(join(quiet, '.dockerfile-studio.json'), '{ "rules": { "MultipleInstructionsDisallowed": "off" } }');
  writeFileSync(join(quiet, 'Dockerfile'), TWO_CMDS);
  writeFileSync(join(project, 'Dockerfile'), TWO_CMDS);
  writeFileSync(join(project, 'huge.Dockerfile'), `${TWO_CMDS}#${'x'.repeat(600 * 1024)}\n`);
  const uris = ['Dockerfile', 'quiet/Dockerfile', 'huge.Dockerfile', 'missing/Dockerfile'].map(
    (path) => pathToFileURL(join(project, path)).href,
  );
  const results = await client.request<Record<string, { code?: string }[]>>(CHECK_FILES_REQUEST, { uris });
  const codesOf = (uri: string | undefined): string[] => (results[uri ?? ''] ?? []).map((d) => String(d.code)).sort();
  assert.deepEqual(Object.keys(results).sort(), [uris[0], uris[1]].sort());
  assert.ok(codesOf(uris[0]).includes('MultipleInstructionsDisallowed'), codesOf(uris[0]).join(' '));
  assert.ok(!codesOf(uris[1]).includes('MultipleInstructionsDisallowed'), 'the config file turned the rule off');
});
