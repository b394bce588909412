// Real-world style, valid multi-stage Dockerfiles (test/fixtures/corpus/, written for this test): official-image RUN
// chains with GPG keys, Go/Rust/Node/Python/Java/.NET builds with cache mounts and cross-compilation ARGs,
// ARG-templated FROM lines, devcontainers and Windows images with the backtick escape. Checked with the shell analysis
// on: not one error, and exactly the warnings listed (BuildKit's, and ours that a Docker expert would agree with): a
// new warning on any of them fails here. Opinions (info, such as unpinned packages) are not listed.
import assert from 'node:assert/strict';
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { test } from 'node:test';
import { parse } from '../../../core/parser';
import { validate } from '../../../core/rules';
import { ShellOptionsSource } from '../../../core/node/shell-options';

const CORPUS = join(__dirname, '../../fixtures/corpus');

/** The warnings on each file, as `Rule@line`; every other file has none. */
const EXPECTED: Record<string, string[]> = {
  // The official python image's GPG_KEY: BuildKit's secret-name pattern matches `_KEY`.
  'python-official-gpg.Dockerfile': ['SecretsUsedInArgOrEnv@5'],
};

const shellOptions = new ShellOptionsSource({ env: {} });
const files = readdirSync(CORPUS).filter((name) => name.endsWith('.Dockerfile'));

void test('the corpus has at least 40 Dockerfiles, and the expectations name only files in it', () => {
  assert.ok(files.length >= 40, `${files.length} files`);
  for (const name of Object.keys(EXPECTED)) assert.ok(files.includes(name), name);
});

for (const name of files) {
  void test(`corpus: ${name} has no error and only the warnings listed`, async () => {
    const text = readFileSync(join(CORPUS, name), 'utf8');
    const ast = parse(text);
    const shell = await shellOptions.optionsFor(ast);
    const findings = validate(ast, { text, shell });
    assert.deepEqual(
      findings.filter((f) => f.severity === 'error').map((f) => `${f.code}@${f.range.start.line + 1}: ${f.message}`),
      [],
    );
    const warnings = findings.filter((f) => f.severity === 'warning');
    assert.deepEqual(
      warnings.map((f) => `${f.code}@${f.range.start.line + 1}`),
      EXPECTED[name] ?? [],
      warnings.map((f) => f.message).join('\n'),
    );
  });
}

void test('every corpus file is a multi-stage build', () => {
  for (const name of files) {
    const stages = readFileSync(join(CORPUS, name), 'utf8').match(/^FROM\s/gim) ?? [];
    assert.ok(stages.length >= 2, name);
  }
});
