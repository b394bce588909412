import assert from 'node:assert/strict';
import { test } from 'node:test';
import { check, ruleTable } from './helper';

ruleTable('StageNameCasing', [
  { name: 'mixed case', input: 'FROM alpine AS BuilderBase\n', want: ['StageNameCasing@1'] },
  {
    name: 'upper case',
    input: 'FROM alpine AS BUILD\nFROM alpine as Test\n',
    want: ['StageNameCasing@1', 'StageNameCasing@2'],
  },
  { name: 'lower case', input: 'FROM alpine AS builder-base\n', want: [] },
  { name: 'no name', input: 'FROM alpine\n', want: [] },
]);

void test('StageNameCasing offers the lower-case name', () => {
  const [finding] = check('FROM alpine AS BuilderBase\n').filter((f) => f.code === 'StageNameCasing');
  assert.equal(finding?.fixes?.[0]?.edits[0]?.newText, 'builderbase');
  assert.deepEqual(finding?.range, { start: { line: 0, character: 15 }, end: { line: 0, character: 26 } });
});
