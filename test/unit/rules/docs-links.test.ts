// No broken documentation link: BuildKit checks link to their page on Docker's site, our rules to a heading of the
// reference that ships with the extension and the CLI (listed in .vscodeignore, so the VSIX carries it).
import assert from 'node:assert/strict';
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { test } from 'node:test';
import { fileURLToPath } from 'node:url';
import { openableDocsUrl, packageRoot } from '../../../core/node/docs-location';
import { rules } from '../../../core/rules';
import { docsAnchor, ourDocsAnchor, OUR_DOCS_FILES } from '../../../core/rules/docs';

/** The pages under docs.docker.com/reference/build-checks/, as Docker's build checks index lists them. */
const DOCKER_PAGES = new Set([
  'stage-name-casing',
  'from-as-casing',
  'no-empty-continuation',
  'consistent-instruction-casing',
  'duplicate-stage-name',
  'reserved-stage-name',
  'json-args-recommended',
  'maintainer-deprecated',
  'undefined-arg-in-from',
  'workdir-relative-path',
  'undefined-var',
  'multiple-instructions-disallowed',
  'legacy-key-value-format',
  'redundant-target-platform',
  'secrets-used-in-arg-or-env',
  'invalid-default-arg-in-from',
  'from-platform-flag-const-disallowed',
  'copy-ignored-file',
  'invalid-definition-description',
  'expose-proto-casing',
  'expose-invalid-format',
  'invalid-base-image-platform',
]);

const ROOT = join(__dirname, '../../..');

void test("every BuildKit check links to an existing page of Docker's build checks reference", () => {
  for (const rule of rules.filter((r) => r.buildCheck)) {
    const match = /^https:\/\/docs\.docker\.com\/reference\/build-checks\/([a-z-]+)\/$/.exec(rule.url);
    assert.ok(match && DOCKER_PAGES.has(match[1] ?? ''), `${rule.id}: ${rule.url}`);
  }
});

void test('every rule of ours links to its heading, in the English and the Korean reference', () => {
  for (const rule of rules.filter((r) => !r.buildCheck)) {
    assert.equal(ourDocsAnchor(rule.url), docsAnchor(rule.id), rule.id);
    for (const file of Object.values(OUR_DOCS_FILES)) {
      const page = readFileSync(join(ROOT, file), 'utf8');
      assert.match(page, new RegExp(`^### ${rule.id}$`, 'm'), `${rule.id} in ${file}`);
    }
  }
});

void test('links open offline: a file URL to the shipped reference, in the chosen language', () => {
  assert.equal(packageRoot(), ROOT);
  const rule = rules.find((r) => !r.buildCheck);
  assert.ok(rule);
  for (const locale of ['en', 'ko'] as const) {
    const url: URL = new URL(openableDocsUrl(rule.url, locale));
    assert.equal(url.protocol, 'file:');
    assert.ok(existsSync(fileURLToPath(url)), url.href);
    assert.equal(url.hash, `#${docsAnchor(rule.id)}`);
  }
  const buildCheck = rules.find((r) => r.buildCheck);
  assert.equal(openableDocsUrl(buildCheck?.url ?? ''), buildCheck?.url);
});

void test('the VSIX carries the reference: .vscodeignore lets docs/rules*.md through', () => {
  const lines = readFileSync(join(ROOT, '.vscodeignore'), 'utf8').split('\n');
  for (const file of Object.values(OUR_DOCS_FILES)) assert.ok(lines.includes(`!${file}`), file);
});
