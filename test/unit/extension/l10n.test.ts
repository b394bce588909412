// Korean is first-class: every string the extension shows through vscode.l10n.t, and every manifest string, has a
// Korean translation with the same placeholders.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';

const root = join(__dirname, '../../..');

function sources(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    return statSync(path).isDirectory() ? sources(path) : path.endsWith('.ts') ? [path] : [];
  });
}

/** The first argument of every `l10n.t(…)` / `t(…)` call whose first argument is a string literal. */
export function localizedStrings(source: string): string[] {
  const found: string[] = [];
  const call = /(?:\bl10n\.t|(?<![\w.])t)\(\s*(['"])/g;
  for (let match = call.exec(source); match; match = call.exec(source)) {
    const quote = match[1] as string;
    let i = call.lastIndex;
    let text = '';
    while (i < source.length && source[i] !== quote) {
      if (source[i] === '\\') {
        const next = source[i + 1] as string;
        text += next === 'n' ? '\n' : next;
        i += 2;
      } else text += source[i++];
    }
    found.push(text);
  }
  return found;
}

const placeholders = (text: string): string[] => [...text.matchAll(/\{\d+\}/g)].map((m) => m[0]).sort();

void test('every l10n.t string in client/extension has a Korean translation with the same placeholders', () => {
  const bundle = JSON.parse(readFileSync(join(root, 'l10n/bundle.l10n.ko.json'), 'utf8')) as Record<string, string>;
  const strings = new Set(
    sources(join(root, 'client/extension')).flatMap((file) => localizedStrings(readFileSync(file, 'utf8'))),
  );
  assert.ok(strings.size > 50, `found only ${strings.size} localized strings: is the scanner broken?`);
  const missing = [...strings].filter((s) => bundle[s] === undefined);
  assert.deepEqual(missing, [], 'strings without a Korean translation');
  for (const s of strings)
    assert.deepEqual(placeholders(bundle[s] ?? ''), placeholders(s), `placeholders differ for "${s}"`);
  const unused = Object.keys(bundle).filter((key) => !strings.has(key));
  assert.deepEqual(unused, [], 'translations of strings the code no longer shows');
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

void test('the scanner reads escapes and both quote styles', () => {
  assert.deepEqual(localizedStrings(`vscode.l10n.t('It\\'s {0}', x); t("say \\"hi\\""); other('no')`), [
    "It's {0}",
    'say "hi"',
  ]);
});
