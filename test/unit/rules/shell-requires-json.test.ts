import assert from 'node:assert/strict';
import { test } from 'node:test';
import { check, ruleTable } from './helper';

ruleTable('ShellRequiresJson', [
  { name: 'shell form', input: 'FROM a\nSHELL /bin/bash -c\n', want: ['ShellRequiresJson@2'] },
  { name: 'JSON form', input: 'FROM a\nSHELL ["/bin/bash", "-c"]\n', want: [] },
]);

void test('ShellRequiresJson offers the JSON form', () => {
  const [finding] = check('FROM a\nSHELL /bin/bash -c\n').filter((f) => f.code === 'ShellRequiresJson');
  assert.equal(finding?.fixes?.[0]?.edits[0]?.newText, '["/bin/bash", "-c"]');
});
