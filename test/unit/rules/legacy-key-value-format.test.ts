import assert from 'node:assert/strict';
import { test } from 'node:test';
import { check, ruleTable } from './helper';

ruleTable('LegacyKeyValueFormat', [
  { name: 'ENV key value', input: 'FROM alpine\nENV PATH /usr/bin\n', want: ['LegacyKeyValueFormat@2'] },
  { name: 'LABEL key value', input: 'FROM alpine\nLABEL maintainer kim\n', want: ['LegacyKeyValueFormat@2'] },
  { name: 'ENV key=value', input: 'FROM alpine\nENV PATH=/usr/bin A="x y"\n', want: [] },
  { name: 'a single key=value with spaces in quotes', input: 'FROM alpine\nENV A="x y"\n', want: [] },
]);

void test('LegacyKeyValueFormat converts to key=value, quoting when the value has spaces', () => {
  const simple = check('FROM alpine\nENV PATH /usr/bin\n').find((f) => f.code === 'LegacyKeyValueFormat');
  assert.equal(simple?.fixes?.[0]?.edits[0]?.newText, 'PATH=/usr/bin');
  const spaced = check('FROM alpine\nENV GREETING hello world\n').find((f) => f.code === 'LegacyKeyValueFormat');
  assert.equal(spaced?.fixes?.[0]?.edits[0]?.newText, 'GREETING="hello world"');
});
