// hadolint compatibility through `check`: its ignore comments, its .hadolint.yaml and its codes in `rules`.
import assert from 'node:assert/strict';
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { after, describe, test } from 'node:test';
import { scratchFiles } from './cli-support';
import { runCliInProcess } from './fake-io';

/** Two CMDs: MultipleInstructionsDisallowed (hadolint DL4003), a warning, on line 2. */
const TWO_CMDS = 'FROM alpine:3.20\nCMD ["a"]\nCMD ["b"]\n';
const IGNORED_CMDS = 'FROM alpine:3.20\n# hadolint ignore=DL4003\nCMD ["a"]\nCMD ["b"]\n';

const files = scratchFiles({ Dockerfile: TWO_CMDS });
const folders: Record<string, Record<string, string>> = {
  threshold: {
    '.hadolint.yaml': 'failure-threshold: warning\n',
    Dockerfile: TWO_CMDS,
    'ignored.Dockerfile': IGNORED_CMDS,
  },
  override: { '.hadolint.yaml': '# ours\noverride:\n  error:\n    - DL4003  # CMD twice\n', Dockerfile: TWO_CMDS },
  ignored: { '.hadolint.yaml': 'ignored: [DL4003]\n', Dockerfile: TWO_CMDS },
  registries: { '.hadolint.yml': 'trustedRegistries:\n  - registry.example.com\n', Dockerfile: 'FROM alpine:3.20\n' },
  both: {
    '.dockerfile-studio.json': '{ "rules": { "MultipleInstructionsDisallowed": "off" } }',
    '.hadolint.yaml': 'override:\n  error: [DL4003]\n',
    Dockerfile: TWO_CMDS,
  },
  broken: { '.hadolint.yaml': 'ignored:\n\t- DL4003\n', Dockerfile: TWO_CMDS },
  badValue: { '.hadolint.yaml': 'failure-threshold: loud\n', Dockerfile: TWO_CMDS },
  ownRegistries: {
    '.dockerfile-studio.json': '{ "trustedRegistries": ["registry.example.com"] }',
    Dockerfile: 'FROM ghcr.io/acme/app:1\nFROM registry.example.com/app:1\n',
  },
  badRegistries: { '.dockerfile-studio.json': '{ "trustedRegistries": "docker.io" }', Dockerfile: TWO_CMDS },
  all: {
    '.dockerfile-studio.json': '{ "rules": { "all": "on" } }',
    Dockerfile: '# the builder\nFROM alpine:3.20 AS build\n',
  },
};
for (const [folder, contents] of Object.entries(folders)) {
  mkdirSync(join(files.dir, folder, 'sub'), { recursive: true });
  for (const [name, text] of Object.entries(contents)) writeFileSync(join(files.dir, folder, name), text);
}
writeFileSync(join(files.dir, 'override/sub/Dockerfile'), TWO_CMDS);

void describe('check with hadolint settings', () => {
  after(files.cleanup);
  const run = (argv: string[]) => runCliInProcess(['check', ...argv], { cwd: files.dir, env: {} });

  void test('without settings: a warning, exit 0', async () => {
    const result = await run(['Dockerfile']);
    assert.equal(result.code, 0);
    assert.match(result.stdout, /:2:1: warning MultipleInstructionsDisallowed/);
    assert.doesNotMatch(result.stderr, /settings from/);
  });

  void test('failure-threshold: warning makes the warning fail the check, and says where it came from', async () => {
    const result = await run(['threshold/Dockerfile']);
    assert.equal(result.code, 1);
    assert.match(result.stdout, /:2:1: warning MultipleInstructionsDisallowed/);
    assert.match(result.stderr, /settings from .*threshold[/\\]\.hadolint\.yaml \(hadolint's configuration/);
  });

  void test('a # hadolint ignore= comment removes the finding, and so the failure', async () => {
    const result = await run(['threshold/ignored.Dockerfile']);
    assert.deepEqual([result.code, result.stdout], [0, '']);
  });

  void test('override: error makes it an error, in folders below too', async () => {
    for (const file of ['override/Dockerfile', 'override/sub/Dockerfile']) {
      const result = await run([file]);
      assert.equal(result.code, 1, file);
      assert.match(result.stdout, /:2:1: error MultipleInstructionsDisallowed/, file);
    }
  });

  void test('ignored: turns the rule off', async () => {
    const result = await run(['ignored/Dockerfile']);
    assert.deepEqual([result.code, result.stdout], [0, '']);
  });

  void test('trustedRegistries in .hadolint.yml: Docker Hub images are untrusted when not listed', async () => {
    const result = await run(['registries/Dockerfile']);
    assert.equal(result.code, 1);
    assert.match(result.stdout, /:1:6: error UntrustedRegistry: "alpine:3.20" comes from docker\.io/);
  });

  void test('trustedRegistries in .dockerfile-studio.json too; a wrong shape is one line and exit 2', async () => {
    const result = await run(['ownRegistries/Dockerfile']);
    assert.equal(result.code, 1);
    assert.deepEqual(
      result.stdout
        .trim()
        .split('\n')
        .map((line) => line.replace(/^[^:]*:(\d+):.*(UntrustedRegistry).*$/, '$1 $2')),
      ['1 UntrustedRegistry'],
    );
    const bad = await run(['badRegistries/Dockerfile']);
    assert.equal(bad.code, 2);
    assert.match(bad.stderr, /trustedRegistries cannot be "docker\.io"/);
  });

  void test('a .dockerfile-studio.json beside it wins, and no hadolint note is printed', async () => {
    const result = await run(['both/Dockerfile']);
    assert.deepEqual([result.code, result.stdout], [0, '']);
    assert.doesNotMatch(result.stderr, /hadolint/);
  });

  void test('--config names a .hadolint.yaml for any Dockerfile', async () => {
    const result = await run(['--config', 'override/.hadolint.yaml', 'Dockerfile']);
    assert.equal(result.code, 1);
    assert.match(result.stdout, /:2:1: error MultipleInstructionsDisallowed/);
  });

  void test('the note in Korean', async () => {
    const result = await run(['--lang', 'ko', 'threshold/Dockerfile']);
    assert.match(result.stderr, /설정을 .*\.hadolint\.yaml에서 읽습니다/);
  });

  void test('a malformed .hadolint.yaml is one line naming the line, and exit 2', async () => {
    for (const [file, message] of [
      ['broken/Dockerfile', /\.hadolint\.yaml", line 2: tabs are not allowed in indentation/],
      ['badValue/Dockerfile', /failure-threshold cannot be loud/],
    ] as const) {
      const result = await run([file]);
      assert.equal(result.code, 2, file);
      assert.match(result.stderr, message);
      assert.equal(result.stderr.trim().split('\n').length, 1, result.stderr);
    }
  });

  void test('"all": "on" in .dockerfile-studio.json turns on every rule, experimental ones too', async () => {
    assert.doesNotMatch((await run(['Dockerfile'])).stdout, /InvalidDefinitionDescription/);
    const result = await run(['all/Dockerfile']);
    assert.match(result.stdout, /:2:21: warning InvalidDefinitionDescription/);
  });
});

void describe('rules and hadolint codes', () => {
  const rules = (argv: string[]) => runCliInProcess(['rules', ...argv], { env: {} });

  void test('--format json lists each rule’s hadolint codes as aliases', async () => {
    const json = JSON.parse((await rules(['--format', 'json'])).stdout) as { id: string; aliases: string[] }[];
    const aliasesOf = (id: string) => json.find((rule) => rule.id === id)?.aliases;
    assert.deepEqual(aliasesOf('UnpinnedSystemPackage')?.slice(0, 1), ['DL3008']);
    assert.deepEqual(aliasesOf('UntrustedRegistry'), ['DL3026']);
    assert.deepEqual(aliasesOf('UndefinedVar'), []);
  });

  void test('the text listing shows them, in Korean too', async () => {
    assert.match((await rules([])).stdout, /^ +hadolint: DL3026$/m);
    assert.match((await rules(['--lang', 'ko'])).stdout, /같은 검사를 하는 hadolint 규칙: DL3026/);
  });
});
