// CopyIgnoredFile in the editor: the document's `.dockerignore` found as the docker CLI finds it, cached and re-read.
import { after, test } from 'node:test';
import assert from 'node:assert/strict';
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { IgnoreFileCache } from '../../../core/node/ignore-file';
import { getDiagnostics, parseDocument } from '../../../server/service/index';

const root = mkdtempSync(join(tmpdir(), 'dockerfile-studio-ignore-'));
after(() => rmSync(root, { recursive: true, force: true }));

const COPY_SECRET = 'FROM alpine\nCOPY secret.txt /\n';
const ENABLED = { CopyIgnoredFile: 'warning' } as const;

interface Case {
  name: string;
  files: Record<string, string>;
  dockerfile?: string;
  text?: string;
  severities?: Record<string, 'warning' | 'error'>;
  /** Lines with a CopyIgnoredFile diagnostic. */
  want: number[];
}

const cases: Case[] = [
  {
    name: 'listed in .dockerignore, rule enabled',
    files: { '.dockerignore': 'secret.txt\n' },
    severities: ENABLED,
    want: [1],
  },
  { name: 'on by default, as in current BuildKit', files: { '.dockerignore': 'secret.txt\n' }, want: [1] },
  {
    name: 'enabled by # check=experimental',
    files: { '.dockerignore': 'secret.txt\n' },
    text: `# check=experimental=CopyIgnoredFile\n${COPY_SECRET}`,
    want: [2],
  },
  {
    name: 'a parent folder ignored',
    files: { '.dockerignore': 'conf\n' },
    text: 'FROM alpine\nCOPY conf/app.ini /\n',
    severities: ENABLED,
    want: [1],
  },
  { name: 'not listed', files: { '.dockerignore': 'other.txt\n' }, severities: ENABLED, want: [] },
  { name: 'no ignore file', files: {}, severities: ENABLED, want: [] },
  {
    name: '<Dockerfile>.dockerignore wins over .dockerignore',
    files: { '.dockerignore': 'secret.txt\n', 'app.Dockerfile.dockerignore': 'other.txt\n' },
    dockerfile: 'app.Dockerfile',
    severities: ENABLED,
    want: [],
  },
  {
    name: 'a lone ! disables the rule quietly',
    files: { '.dockerignore': 'secret.txt\n!\n' },
    severities: ENABLED,
    want: [],
  },
  {
    name: 'an ignore file that is a folder is no ignore file',
    files: { '.dockerignore/x': '' },
    severities: ENABLED,
    want: [],
  },
];

let folders = 0;

/** A fresh folder with the files; returns the Dockerfile's URI. */
function project(files: Record<string, string>, dockerfile = 'Dockerfile'): { dir: string; uri: string } {
  const dir = join(root, String(folders++));
  for (const [name, content] of Object.entries(files)) {
    mkdirSync(join(dir, name, '..'), { recursive: true });
    writeFileSync(join(dir, name), content);
  }
  mkdirSync(dir, { recursive: true });
  return { dir, uri: pathToFileURL(join(dir, dockerfile)).href };
}

function ignoredLines(
  cache: IgnoreFileCache,
  uri: string,
  text: string,
  severities?: Record<string, 'warning' | 'error'>,
): number[] {
  const document = parseDocument(text, uri);
  const diagnostics = getDiagnostics(document, { locale: 'en', severities, isIgnored: cache.checkerFor(uri) });
  return diagnostics.filter((d) => d.code === 'CopyIgnoredFile').map((d) => d.range.start.line);
}

for (const { name, files, dockerfile, text, severities, want } of cases) {
  void test(`ignore file: ${name}`, () => {
    const { uri } = project(files, dockerfile);
    assert.deepEqual(ignoredLines(new IgnoreFileCache(), uri, text ?? COPY_SECRET, severities), want);
  });
}

void test('ignore file: other URI schemes have none', () => {
  assert.equal(new IgnoreFileCache().checkerFor('untitled:Untitled-1'), undefined);
});

void test('ignore file: an edited .dockerignore is re-read on the next validation (same document version)', () => {
  const { dir, uri } = project({ '.dockerignore': 'secret.txt\n' });
  const cache = new IgnoreFileCache();
  const document = parseDocument(COPY_SECRET, uri, 1);
  const lines = (): number[] =>
    getDiagnostics(document, { severities: ENABLED, isIgnored: cache.checkerFor(uri) })
      .filter((d) => d.code === 'CopyIgnoredFile')
      .map((d) => d.range.start.line);
  assert.deepEqual(lines(), [1]);
  writeFileSync(join(dir, '.dockerignore'), '# nothing ignored now\n');
  assert.deepEqual(lines(), []);
  rmSync(join(dir, '.dockerignore'));
  writeFileSync(join(dir, 'Dockerfile.dockerignore'), 'secret.txt\n');
  assert.deepEqual(lines(), [1]);
});

void test('ignore file: an unchanged file is not re-read until the editor reports it changed', () => {
  const { dir, uri } = project({ '.dockerignore': 'secret.txt\n' });
  const cache = new IgnoreFileCache();
  const first = cache.checkerFor(uri);
  assert.ok(first);
  assert.equal(cache.checkerFor(uri), first);
  cache.forget(pathToFileURL(join(dir, '.dockerignore')).href);
  assert.notEqual(cache.checkerFor(uri), first);
});
