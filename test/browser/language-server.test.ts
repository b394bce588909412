// The language server as vscode.dev runs it: the production browser bundle in a web worker of headless Chromium,
// served over HTTP, spoken to in LSP. Diagnostics (shell analysis included, its WebAssembly fetched from the
// "extension"), hover and completion come from the same core and service as on the desktop.
import { after, before, test } from 'node:test';
import assert from 'node:assert/strict';
import { copyFileSync, mkdirSync, mkdtempSync, rmSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import * as esbuild from 'esbuild';
import { serveStatic, type StaticServer } from './support/static-server';
import { WorkerClient, workerPage } from './support/worker-client';

interface Diagnostic {
  code?: string;
  message: string;
  range: { start: { line: number } };
  codeDescription?: { href: string };
}
interface Published {
  uri: string;
  diagnostics: Diagnostic[];
}

/** The production bundles stay below this (bytes each); README.md states the measured sizes. */
const BUNDLE_BUDGET = 600_000;
const DEADLINE_MS = 20_000;

const dir = mkdtempSync(join(tmpdir(), 'dockerfile-studio-browser-'));
const web = join(dir, 'dist', 'web');
let chromium: string | undefined;
let server: StaticServer | undefined;
let client: WorkerClient | undefined;

function browser(): WorkerClient {
  assert.ok(client, 'the page did not open');
  return client;
}

/** The browser build script and the VS Code runner's Chromium lookup are ES modules. */
const buildScript = import('../../scripts/build-web.mjs');

before(async () => {
  const { chromiumPath, Skip } = await import('../vscode-runner/prepare.mjs');
  try {
    chromium = chromiumPath();
  } catch (error) {
    if (!(error instanceof Skip)) throw error;
    return;
  }
  const { buildWeb } = await buildScript;
  await buildWeb({ outdir: web, production: true });
  for (const wasm of ['web-tree-sitter/web-tree-sitter.wasm', 'tree-sitter-bash/tree-sitter-bash.wasm']) {
    copyFileSync(require.resolve(wasm), join(dir, 'dist', wasm.split('/')[1] ?? ''));
  }
  server = await serveStatic(dir, { '/': workerPage('/dist/web/server.js') });
  mkdirSync(join(dir, 'profile'));
  client = await WorkerClient.open(chromium, join(dir, 'profile'), `${server.url}/`);
  const result = await browser().request<{ capabilities: Record<string, unknown> }>('initialize', {
    processId: null,
    rootUri: null,
    locale: 'en',
    capabilities: {
      workspace: { configuration: true },
      textDocument: { publishDiagnostics: { versionSupport: true } },
    },
    initializationOptions: { extensionUri: server.url },
  });
  assert.ok(result.capabilities.hoverProvider);
  browser().notify('initialized', {});
});

after(async () => {
  await client?.close();
  await server?.close();
  rmSync(dir, { recursive: true, force: true });
});

/** Opens `text` and resolves with the first diagnostics for it that `ready` accepts. */
async function diagnosticsOf(uri: string, text: string, ready: (d: Diagnostic[]) => boolean): Promise<Diagnostic[]> {
  const published = waitFor(
    browser().next<Published>('textDocument/publishDiagnostics', (p) => p.uri === uri && ready(p.diagnostics as never)),
  );
  browser().notify('textDocument/didOpen', { textDocument: { uri, languageId: 'dockerfile', version: 1, text } });
  return (await published).diagnostics;
}

function waitFor<T>(promise: Promise<T>): Promise<T> {
  let timer: NodeJS.Timeout | undefined;
  const late = new Promise<never>((_, reject) => {
    timer = setTimeout(
      () => reject(new Error(`no answer in ${DEADLINE_MS} ms: ${browser().errors.join('; ')}`)),
      DEADLINE_MS,
    );
  });
  return Promise.race([promise, late]).finally(() => clearTimeout(timer));
}

void test('browser: two CMDs and a shell syntax error are reported, the shell one once its WebAssembly is fetched', async (t) => {
  if (!client) return t.skip('Chromium is not installed');
  const text = 'FROM alpine:3.20\nCMD ["a"]\nCMD ["b"]\nRUN if true; then echo hi\n';
  const codes = (d: Diagnostic[]): string[] => d.map((diagnostic) => String(diagnostic.code));
  const diagnostics = await diagnosticsOf('vscode-vfs://github/me/repo/Dockerfile', text, (d) =>
    codes(d).includes('ShellSyntaxError'),
  );
  assert.deepEqual(codes(diagnostics).sort(), ['MultipleInstructionsDisallowed', 'ShellSyntaxError']);
  const shell = diagnostics.find((d) => d.code === 'ShellSyntaxError');
  assert.equal(shell?.range.start.line, 3);
  assert.equal(shell?.codeDescription?.href, `${server?.url}/docs/rules.md#shellsyntaxerror`);
  assert.deepEqual(browser().errors, []);
});

void test('browser: a Dockerfile without FROM says so', async (t) => {
  if (!client) return t.skip('Chromium is not installed');
  const diagnostics = await diagnosticsOf('untitled:Untitled-1', 'RUN echo hi\n', (d) => d.length > 0);
  assert.ok(
    diagnostics.some((d) => d.code === 'NoFromInstruction'),
    JSON.stringify(diagnostics),
  );
});

void test('browser: hover explains an instruction, completion offers instructions', async (t) => {
  if (!client) return t.skip('Chromium is not installed');
  const uri = 'vscode-vfs://github/me/repo/hover/Dockerfile';
  await diagnosticsOf(uri, 'FROM alpine:3.20\nWORKDIR /app\n\n', () => true);
  const position = { line: 1, character: 2 };
  const hover = await waitFor(
    browser().request<{ contents: { value: string } } | null>('textDocument/hover', {
      textDocument: { uri },
      position,
    }),
  );
  assert.match(hover?.contents.value ?? '', /WORKDIR/);
  const completion = await waitFor(
    browser().request<{ label: string }[] | { items: { label: string }[] }>('textDocument/completion', {
      textDocument: { uri },
      position: { line: 2, character: 0 },
    }),
  );
  const labels = (Array.isArray(completion) ? completion : completion.items).map((item) => item.label);
  assert.ok(labels.includes('COPY') && labels.includes('RUN'), labels.join(', '));
  assert.deepEqual(browser().errors, []);
});

void test('browser: the production bundles stay small', (t) => {
  if (!client) return t.skip('Chromium is not installed');
  for (const bundle of ['extension.js', 'server.js']) {
    const size = statSync(join(web, bundle)).size;
    t.diagnostic(`dist/web/${bundle}: ${(size / 1024).toFixed(0)} KiB minified`);
    assert.ok(size < BUNDLE_BUDGET, `${bundle} is ${size} bytes`);
  }
});

void test('browser build: a Node built-in fails it, naming the importer', async () => {
  const build = esbuild.build({
    stdin: { contents: "import { readFileSync } from 'node:fs'; readFileSync('x');", sourcefile: 'probe.ts' },
    bundle: true,
    platform: 'browser',
    write: false,
    logLevel: 'silent',
    plugins: [(await buildScript).noNodeBuiltins],
  });
  await assert.rejects(build, /Node built-in "node:fs" in a browser bundle \(imported by probe\.ts\)/);
});
