import assert from 'node:assert/strict';
import { test } from 'node:test';
import { check, ruleTable } from './helper';

ruleTable('CopySourcesNeedSlash', [
  { name: 'two sources, no slash', input: 'FROM alpine\nCOPY a b /dest\n', want: ['CopySourcesNeedSlash@2'] },
  { name: 'with slash', input: 'FROM alpine\nCOPY a b /dest/\n', want: [] },
  { name: 'dot', input: 'FROM alpine\nWORKDIR /app\nCOPY a b .\n', want: [] },
  { name: 'one source', input: 'FROM alpine\nCOPY a /dest\n', want: [] },
  { name: 'JSON form', input: 'FROM alpine\nADD ["a", "b", "/dest"]\n', want: ['CopySourcesNeedSlash@2'] },
  { name: 'destination from a variable', input: 'FROM alpine\nARG D\nCOPY a b $D\n', want: [] },
]);

void test('CopySourcesNeedSlash appends the slash to the destination', () => {
  const finding = check('FROM alpine\nCOPY a b /dest\n').find((f) => f.code === 'CopySourcesNeedSlash');
  assert.deepEqual(finding?.fixes?.[0]?.edits[0], {
    range: { start: { line: 1, character: 9 }, end: { line: 1, character: 14 } },
    newText: '/dest/',
  });
});
