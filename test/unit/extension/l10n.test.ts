// The extension speaks the user's VS Code display language: its texts come from one typed catalog (every key the code
// uses exists, every key exists because the code uses it), and its manifest strings exist in English and Korean.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { fakeVscode } from './fake-vscode';
import { engineGuide } from '../../../client/extension/engine-guide';
import { extensionMessages } from '../../../client/extension/messages';

const root = join(__dirname, '../../..');

function sources(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    return statSync(path).isDirectory() ? sources(path) : path.endsWith('.ts') ? [path] : [];
  });
}

/** The key of every `t('key', …)` call. */
function usedKeys(source: string): string[] {
  return [...source.matchAll(/(?<![\w.])t\(\s*'(\w+)'/g)].map((m) => m[1] as string);
}

void test('the extension shows texts only through its catalog, and the catalog holds no text the code never shows', () => {
  const files = sources(join(root, 'client/extension')).map((path) => ({ path, source: readFileSync(path, 'utf8') }));
  assert.deepEqual(
    files.filter((file) => file.source.includes('vscode.l10n')).map((file) => file.path),
    [],
    'files that still use vscode.l10n',
  );
  const used = new Set(files.flatMap((file) => usedKeys(file.source)));
  const keys = Object.keys(extensionMessages.en);
  assert.ok(used.size > 50, `found only ${used.size} keys in use: is the scanner broken?`);
  assert.deepEqual(
    [...used].filter((key) => !keys.includes(key)),
    [],
    'keys the code uses but the catalog lacks',
  );
  assert.deepEqual(
    keys.filter((key) => !used.has(key)),
    [],
    'texts the code never shows',
  );
});

void test('texts follow vscode.env.language: Korean for ko and ko-KR, English otherwise', () => {
  const guide = (language: string): string => {
    fakeVscode.env.language = language;
    return engineGuide({ kind: 'unknown' });
  };
  assert.match(guide('ko'), /^# Dockerfile Studio를 컨테이너 엔진에 연결하기$/m);
  assert.match(guide('ko-KR'), /^- Linux: `sudo systemctl start docker`을\(를\) 실행하세요\.$/m);
  for (const language of ['en', 'de', ''])
    assert.match(guide(language), /^# Connecting Dockerfile Studio to a container engine$/m, language);
  assert.match(guide('en'), /^- Podman: `systemctl --user enable --now podman\.socket`, then set/m);
});

void test('every %key% of package.json exists in package.nls.json and package.nls.ko.json', () => {
  const manifest = readFileSync(join(root, 'package.json'), 'utf8');
  const keys = new Set([...manifest.matchAll(/"%([^%"]+)%"/g)].map((m) => m[1] as string));
  for (const file of ['package.nls.json', 'package.nls.ko.json']) {
    const nls = JSON.parse(readFileSync(join(root, file), 'utf8')) as Record<string, string>;
    assert.deepEqual(
      [...keys].filter((k) => nls[k] === undefined),
      [],
      `keys missing from ${file}`,
    );
    assert.deepEqual(
      Object.keys(nls).filter((k) => !keys.has(k)),
      [],
      `unused keys in ${file}`,
    );
  }
});

void test('package.nls.ko.json has the keys of package.nls.json, in Korean (the product name aside)', () => {
  const ko = JSON.parse(readFileSync(join(root, 'package.nls.ko.json'), 'utf8')) as Record<string, string>;
  const en = JSON.parse(readFileSync(join(root, 'package.nls.json'), 'utf8')) as Record<string, string>;
  assert.deepEqual(Object.keys(ko).sort(), Object.keys(en).sort());
  for (const [key, text] of Object.entries(en))
    if (/[A-Za-z]{3}/.test(text.replaceAll('Dockerfile Studio', '')))
      assert.match(ko[key] ?? '', /[가-힣]/, `${key} is in Korean`);
});

void test('the key scanner finds t() calls, not other calls', () => {
  assert.deepEqual(usedKeys(`t('run'); t(\n  'buildDone', { duration }); other('no'); x.t('no'); it('no')`), [
    'run',
    'buildDone',
  ]);
});
