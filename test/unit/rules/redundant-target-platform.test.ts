import assert from 'node:assert/strict';
import { test } from 'node:test';
import { check, ruleTable } from './helper';

ruleTable('RedundantTargetPlatform', [
  { name: '$TARGETPLATFORM', input: 'FROM --platform=$TARGETPLATFORM alpine\n', want: ['RedundantTargetPlatform@1'] },
  {
    name: '${TARGETPLATFORM}',
    input: 'FROM --platform=${TARGETPLATFORM} alpine\n',
    want: ['RedundantTargetPlatform@1'],
  },
  { name: '$BUILDPLATFORM', input: 'FROM --platform=$BUILDPLATFORM alpine\n', want: [] },
  { name: 'no --platform', input: 'FROM alpine\n', want: [] },
]);

void test('RedundantTargetPlatform removes the flag and its space', () => {
  const [finding] = check('FROM --platform=$TARGETPLATFORM alpine\n').filter(
    (f) => f.code === 'RedundantTargetPlatform',
  );
  assert.deepEqual(finding?.fixes?.[0]?.edits, [
    { range: { start: { line: 0, character: 5 }, end: { line: 0, character: 32 } }, newText: '' },
  ]);
});
