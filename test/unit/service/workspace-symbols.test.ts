import { test } from 'node:test';
import assert from 'node:assert/strict';
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { isDockerfileName } from '../../../core/dockerfile/file-names';
import { findDockerfiles } from '../../../core/node/dockerfile-files';
import { getWorkspaceSymbols, parseDocument } from '../../../server/service/index';
import { MAX_INDEXED_FILE_BYTES, WorkspaceIndex } from '../../../server/workspace-index';

const API = parseDocument('FROM golang:1.22 AS build\nFROM alpine AS runtime\n', 'file:///w/api/Dockerfile');
const WEB = parseDocument('FROM node:20 AS deps\nFROM nginx\n', 'file:///w/web/Dockerfile');

/** Each symbol as `name (container) file:line`. */
function symbols(query: string): string[] {
  return getWorkspaceSymbols([API, WEB], query).map(
    (s) => `${s.name} (${s.containerName ?? ''}) ${s.location.uri.split('/').at(-2)}:${s.location.range.start.line}`,
  );
}

void test('workspace symbols: every stage of every file, named or by its image', () => {
  assert.deepEqual(symbols(''), [
    'build (golang:1.22) api:0',
    'runtime (alpine) api:1',
    'deps (node:20) web:0',
    'nginx () web:1',
  ]);
});

void test('workspace symbols: the query matches names and images, in order, ignoring case', () => {
  assert.deepEqual(symbols('BLD'), ['build (golang:1.22) api:0']);
  assert.deepEqual(symbols('node'), ['deps (node:20) web:0']);
  assert.deepEqual(symbols('xyz'), []);
});

void test('Dockerfile names: the ones the language contribution claims, not ignore files', () => {
  for (const name of ['Dockerfile', 'Containerfile', 'Dockerfile.dev', 'api.Dockerfile', 'x.dockerfile'])
    assert.ok(isDockerfileName(name), name);
  for (const name of ['Dockerfile.dockerignore', 'README.md', 'dockerfile-studio.json'])
    assert.ok(!isDockerfileName(name), name);
});

function workspace(): string {
  const root = mkdtempSync(join(tmpdir(), 'dfs-workspace-'));
  const write = (path: string, text: string): void => {
    mkdirSync(join(root, path, '..'), { recursive: true });
    writeFileSync(join(root, path), text);
  };
  write('Dockerfile', 'FROM alpine AS top\n');
  write('services/api/Dockerfile.prod', 'FROM golang AS api\n');
  write('services/api/Dockerfile.dockerignore', 'node_modules\n');
  write('node_modules/pkg/Dockerfile', 'FROM skipped AS dependency\n');
  write('.git/Dockerfile', 'FROM skipped AS hidden\n');
  write('huge/Dockerfile', `FROM big AS huge\n${'#'.repeat(MAX_INDEXED_FILE_BYTES)}\n`);
  return root;
}

void test('finding Dockerfiles skips dependency and hidden folders and stops at its limits', async (t) => {
  const root = workspace();
  t.after(() => rmSync(root, { recursive: true, force: true }));
  const found = (await findDockerfiles([root])).map((path) => path.slice(root.length + 1)).sort();
  assert.deepEqual(found, ['Dockerfile', 'huge/Dockerfile', 'services/api/Dockerfile.prod']);
  assert.equal((await findDockerfiles([root], { maxFiles: 1, maxEntries: 100 })).length, 1);
  assert.deepEqual(await findDockerfiles([root], { maxFiles: 100, maxEntries: 1 }), []);
});

void test('the workspace index reads files from disk, skips huge ones, and prefers the open document', async (t) => {
  const root = workspace();
  t.after(() => rmSync(root, { recursive: true, force: true }));
  const index = new WorkspaceIndex();
  index.setRoots([pathToFileURL(root).href]);
  const topUri = pathToFileURL(join(root, 'Dockerfile')).href;
  const open = parseDocument('FROM alpine AS edited\n', topUri);
  const names = (await index.dockerfiles((uri) => (uri === topUri ? open : undefined)))
    .flatMap((document) => document.ast.stages.map((stage) => stage.name?.value))
    .sort();
  assert.deepEqual(names, ['api', 'edited']);
});
