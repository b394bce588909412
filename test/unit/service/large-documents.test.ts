// The bundled language server on a document past `validation.maxFileSize`: only the linear checks run and the client
// is told so, requests sent right after an edit are answered before that edit's validation, a validation overtaken by
// a newer edit publishes nothing, and a request overtaken by an edit is answered ContentModified.
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { join } from 'node:path';
import { after, before, test } from 'node:test';
import { generateDockerfile } from '../../../bench/support/dockerfile-gen';
import { LspClient, type PublishedDiagnostics } from '../../../bench/support/lsp-client';
import { DEFAULT_MAX_FILE_SIZE } from '../../../server/service/settings';
import { VALIDATION_SCOPE, type ValidationScope } from '../../../server/protocol';

const ROOT = join(__dirname, '../../..');
/** A shell syntax error only the shell analysis finds. */
const SHELL_ERROR = 'FROM debian:12\nRUN if [ -f x ]; then echo yes\n';
const clients: LspClient[] = [];

before(() => {
  const built = spawnSync(process.execPath, ['scripts/build.mjs'], { cwd: ROOT, encoding: 'utf8' });
  assert.equal(built.status, 0, built.stderr);
});

after(async () => {
  await Promise.all(clients.map((client) => client.shutdown()));
});

async function start(validation?: { maxFileSize: number }): Promise<LspClient> {
  const client = new LspClient(process.execPath, [join(ROOT, 'dist/server.js'), '--stdio']);
  clients.push(client);
  client.configuration = { dockerfileStudio: { validation } };
  await client.initialize(null, 'en', { initializationOptions: { validation } });
  return client;
}

function open(client: LspClient, uri: string, text: string): void {
  client.notify('textDocument/didOpen', { textDocument: { uri, languageId: 'dockerfile', version: 1, text } });
}

/** Resolves once diagnostics with `code` are published for `uri` (the shell parser loads on first use). */
function diagnosticsWith(client: LspClient, uri: string, code: string): Promise<void> {
  return new Promise((resolve) => {
    client.onNotification('textDocument/publishDiagnostics', (p) => {
      const published = p as unknown as PublishedDiagnostics;
      if (published.uri === uri && published.diagnostics.some((d) => d.code === code)) resolve();
    });
  });
}

/** Everything the server tells about `uri`, in arrival order. */
function record(client: LspClient, uri: string): string[] {
  const events: string[] = [];
  client.onNotification('textDocument/publishDiagnostics', (p) => {
    if (p.uri === uri) events.push(`diagnostics ${String(p.version)}`);
  });
  client.onNotification(VALIDATION_SCOPE, (p) => {
    if (p.uri === uri) events.push(`reduced ${String((p as unknown as ValidationScope).reduced)}`);
  });
  return events;
}

function change(client: LspClient, uri: string, version: number, line: number, text: string): void {
  const at = { line, character: 0 };
  client.notify('textDocument/didChange', {
    textDocument: { uri, version },
    contentChanges: [{ range: { start: at, end: at }, text }],
  });
}

void test('large documents: past validation.maxFileSize the shell analysis is off and the client is told', async () => {
  const uri = 'file:///small/Dockerfile';
  const full = await start();
  const checked = diagnosticsWith(full, uri, 'ShellSyntaxError');
  open(full, uri, SHELL_ERROR);
  await checked;

  const reduced = await start({ maxFileSize: SHELL_ERROR.length - 1 });
  const events = record(reduced, uri);
  const scope = reduced.next<ValidationScope>(VALIDATION_SCOPE);
  const published = reduced.nextDiagnostics(uri, 1);
  open(reduced, uri, SHELL_ERROR);
  assert.deepEqual(await scope, { uri, reduced: true, size: SHELL_ERROR.length, maxFileSize: SHELL_ERROR.length - 1 });
  assert.deepEqual((await published).diagnostics, []);
  assert.deepEqual(events, ['reduced true', 'diagnostics 1']);

  // Raising the setting brings the full checks back, and the client hears that too.
  reduced.configuration = { dockerfileStudio: { validation: { maxFileSize: DEFAULT_MAX_FILE_SIZE } } };
  const fullAgain = reduced.next<ValidationScope>(VALIDATION_SCOPE);
  const checkedAgain = diagnosticsWith(reduced, uri, 'ShellSyntaxError');
  reduced.notify('workspace/didChangeConfiguration', { settings: null });
  assert.equal((await fullAgain).reduced, false);
  await checkedAgain;
});

void test('large documents: requests right after an edit are answered first, and overtaken validations publish nothing', async () => {
  const text = generateDockerfile(40_000);
  assert.ok(text.length > DEFAULT_MAX_FILE_SIZE);
  const uri = 'file:///huge/Dockerfile';
  const client = await start();
  const events = record(client, uri);
  const opened = client.nextDiagnostics(uri, 1);
  open(client, uri, text);
  await opened;
  assert.deepEqual(events, ['reduced true', 'diagnostics 1']);

  const line = text.split('\n').findIndex((l) => l.startsWith('FROM stage'));
  const validated = client.nextDiagnostics(uri, 2);
  const textDocument = { uri };
  const stageName = { line: line + 1, character: 6 };
  const keyword = { line, character: 1 };
  const [hover, completion] = client.together(() => {
    change(client, uri, 2, line, 'R\n');
    return [
      client.request<{ contents: unknown } | null>('textDocument/hover', { textDocument, position: stageName }),
      client.request<{ label: string }[]>('textDocument/completion', { textDocument, position: keyword }),
    ] as const;
  });
  assert.ok((await hover)?.contents, 'a hover over the stage reference');
  assert.ok((await completion).some((item) => item.label === 'RUN'));
  events.push('answered');
  await validated;

  // Two edits in a row: the first one's validation is dropped, only the second is published.
  change(client, uri, 3, line, '# a\n');
  change(client, uri, 4, line, '# b\n');
  await client.nextDiagnostics(uri, 4);
  assert.deepEqual(events.slice(2), ['answered', 'diagnostics 2', 'diagnostics 4']);

  // A request whose document changes right behind it is answered ContentModified, not computed for the old text.
  change(client, uri, 5, line, '# c\n');
  const tokens = client.together(() => {
    const request = client.request('textDocument/semanticTokens/full', { textDocument });
    change(client, uri, 6, line, '# d\n');
    return request;
  });
  await assert.rejects(tokens, /document changed/);
});

void test('large documents: below the limit too, a completion sent right after an edit is answered before validation', async () => {
  const text = generateDockerfile(10_000) + SHELL_ERROR;
  const uri = 'file:///big/Dockerfile';
  const client = await start();
  const events = record(client, uri);
  const checked = diagnosticsWith(client, uri, 'ShellSyntaxError');
  open(client, uri, text);
  await checked; // the shell parser is loaded and every snippet parsed
  const line = text.split('\n').findIndex((l) => l.startsWith('FROM stage'));
  const validated = client.nextDiagnostics(uri, 2);
  const position = { line, character: 1 };
  const completion = client.together(() => {
    change(client, uri, 2, line, 'R\n');
    return client.request<{ label: string }[]>('textDocument/completion', { textDocument: { uri }, position });
  });
  assert.ok((await completion).some((item) => item.label === 'RUN'));
  events.push('answered');
  await validated;
  assert.deepEqual(events.slice(-2), ['answered', 'diagnostics 2']);
});

void test('large documents: a huge document is read in slices, and requests about other documents are answered between', async () => {
  const huge = 'file:///huge/Dockerfile';
  const small = 'file:///small/Dockerfile';
  const client = await start();
  open(client, small, 'FROM alpine\nRUN echo hi\n');
  open(client, huge, `FROM alpine\n${'RUN echo hi\n'.repeat(300_000)}`);
  const order: string[] = [];
  const hoverOn = (uri: string) =>
    client
      .request<{ contents: unknown } | null>('textDocument/hover', {
        textDocument: { uri },
        position: { line: 1, character: 1 },
      })
      .then((answer) => {
        assert.ok(answer?.contents, `a hover over RUN in ${uri}`);
        order.push(uri);
      });
  await Promise.all([hoverOn(huge), hoverOn(small)]);
  assert.deepEqual(order, [small, huge]);
});

void test('large documents: whole-file semantic tokens are left to the grammar, visible ranges still get theirs', async () => {
  const uri = 'file:///tokens/Dockerfile';
  const text = 'FROM alpine\nRUN echo $HOME\n';
  const client = await start({ maxFileSize: text.length - 1 });
  open(client, uri, text);
  const textDocument = { uri };
  const full = await client.request<{ data: number[] }>('textDocument/semanticTokens/full', { textDocument });
  assert.deepEqual(full.data, []);
  const range = { start: { line: 0, character: 0 }, end: { line: 2, character: 0 } };
  const visible = await client.request<{ data: number[] }>('textDocument/semanticTokens/range', {
    textDocument,
    range,
  });
  assert.ok(visible.data.length > 0, 'tokens for the visible lines');
});

/**
 * Sends `ask` about a huge document, then a hover about `small` right behind it: the huge document's answer, and the
 * order the two answers came in.
 */
async function askWithHoverBehind<T>(
  client: LspClient,
  small: string,
  ask: () => Promise<T>,
): Promise<{ answer: T; order: string[] }> {
  const order: string[] = [];
  const asked = ask().then((answer) => {
    order.push('asked');
    return answer;
  });
  const hovered = client
    .request('textDocument/hover', { textDocument: { uri: small }, position: { line: 1, character: 1 } })
    .then(() => order.push('hover'));
  const [answer] = await Promise.all([asked, hovered]);
  return { answer, order };
}

void test('large documents: formatting a huge document waits between slices, so requests behind it are answered first', async () => {
  const huge = 'file:///format-huge/Dockerfile';
  const small = 'file:///format-small/Dockerfile';
  const client = await start();
  open(client, small, 'FROM alpine\nRUN echo hi\n');
  const lines = 300_000;
  open(client, huge, `FROM alpine\n${'RUN echo hi\n'.repeat(lines)}run echo last\n`);
  await client.request('textDocument/hover', { textDocument: { uri: huge }, position: { line: 1, character: 1 } });
  const { answer: edits, order } = await askWithHoverBehind(client, small, () =>
    client.request<{ range: { start: { line: number } }; newText: string }[]>('textDocument/formatting', {
      textDocument: { uri: huge },
      options: { tabSize: 4, insertSpaces: true },
    }),
  );
  assert.deepEqual(order, ['hover', 'asked']);
  assert.deepEqual(
    edits.map((edit) => [edit.range.start.line, edit.newText]),
    [[lines + 1, 'RUN']],
  );
});

void test('large documents: references in a huge document are gathered in slices, and requests behind are answered first', async () => {
  const huge = 'file:///references-huge/Dockerfile';
  const small = 'file:///references-small/Dockerfile';
  const client = await start();
  open(client, small, 'FROM alpine\nRUN echo hi\n');
  const copies = 100_000;
  open(client, huge, `FROM alpine AS base\nFROM alpine\n${'COPY --from=base /a /b\n'.repeat(copies)}`);
  const position = { line: 0, character: 'FROM alpine AS b'.length };
  await client.request('textDocument/hover', { textDocument: { uri: huge }, position });
  const { answer: locations, order } = await askWithHoverBehind(client, small, () =>
    client.request<unknown[]>('textDocument/references', {
      textDocument: { uri: huge },
      position,
      context: { includeDeclaration: true },
    }),
  );
  assert.deepEqual(order, ['hover', 'asked']);
  assert.equal(locations.length, copies + 1);
});
