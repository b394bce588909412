// What scripts/generate-rules.ts writes is current: the rule index and the rules reference in English and Korean.
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { test } from 'node:test';
import { PROBLEM_KINDS } from '../../../core/parser';
import { problemMessages } from '../../../core/parser/problem-messages';
import { rules } from '../../../core/rules';
import { ourDocsUrl } from '../../../core/rules/docs';
import { docsFile, INDEX_FILE, ruleDocs, ruleIndexSource, ruleModules } from '../../../scripts/generate-rules';

const STALE = 'is stale: run "npm run generate"';

void test('core/rules/checks/index.ts lists every rule module', () => {
  assert.equal(readFileSync(INDEX_FILE, 'utf8'), ruleIndexSource(), `core/rules/checks/index.ts ${STALE}`);
  assert.equal(rules.length, ruleModules().length);
});

void test('each rule module is named after its rule and exports it under its id', () => {
  const kebab = (id: string): string =>
    id
      .replace(/([a-z0-9])([A-Z])/g, '$1-$2')
      .replace(/([A-Z]+)([A-Z][a-z])/g, '$1-$2')
      .toLowerCase();
  const byName = new Map(ruleModules().map((m) => [m.name, m.file]));
  for (const rule of rules) assert.equal(byName.get(rule.id), kebab(rule.id), rule.id);
});

void test('docs/rules.md and docs/rules.ko.md are generated from the rules', () => {
  for (const locale of ['en', 'ko'] as const) {
    const problemText = (code: string): string => (problemMessages[locale] as Record<string, string>)[code] ?? code;
    const want = ruleDocs(locale, rules, PROBLEM_KINDS, problemText);
    assert.equal(readFileSync(docsFile(locale), 'utf8'), want, `${docsFile(locale)} ${STALE}`);
  }
});

void test('every rule and parser problem that links to our docs has its section there', () => {
  const page = readFileSync(docsFile('en'), 'utf8');
  const ours = [...rules.filter((r) => r.url === ourDocsUrl(r.id)).map((r) => r.id), ...Object.keys(PROBLEM_KINDS)];
  for (const id of ours) {
    if (rules.some((r) => r.id === id && r.buildCheck)) continue;
    assert.match(page, new RegExp(`^### ${id}$`, 'm'), id);
  }
  for (const rule of rules.filter((r) => r.buildCheck)) assert.ok(page.includes(`[${rule.id}](${rule.url})`), rule.id);
});
