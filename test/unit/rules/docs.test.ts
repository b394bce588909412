// Every rule and parser problem linked to our rules page has its section there.
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { test } from 'node:test';
import { PROBLEM_KINDS } from '../../../core/parser';
import { rules } from '../../../core/rules';
import { ourDocsUrl } from '../../../core/rules/docs';

const page = readFileSync(join(__dirname, '../../../core/rules/README.md'), 'utf8');

void test('core/rules/README.md documents every rule and parser problem we link to', () => {
  const linked = [...rules.filter((r) => r.url === ourDocsUrl(r.id)).map((r) => r.id), ...Object.keys(PROBLEM_KINDS)];
  for (const id of linked) {
    if (rules.some((r) => r.id === id && r.buildCheck)) continue;
    assert.match(page, new RegExp(`^### ${id}$`, 'm'), id);
  }
  for (const rule of rules.filter((r) => r.buildCheck)) assert.ok(page.includes(`[${rule.id}](${rule.url})`), rule.id);
});
