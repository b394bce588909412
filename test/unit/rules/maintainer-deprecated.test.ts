import assert from 'node:assert/strict';
import { test } from 'node:test';
import { check, ruleTable } from './helper';

ruleTable('MaintainerDeprecated', [
  { name: 'MAINTAINER', input: 'FROM alpine\nMAINTAINER Kim <kim@example.com>\n', want: ['MaintainerDeprecated@2'] },
  {
    name: 'a label instead',
    input: 'FROM alpine\nLABEL org.opencontainers.image.authors="kim@example.com"\n',
    want: [],
  },
]);

void test('MaintainerDeprecated replaces MAINTAINER with a label', () => {
  const [finding] = check('FROM alpine\nMAINTAINER Kim <kim@example.com>\n').filter(
    (f) => f.code === 'MaintainerDeprecated',
  );
  const edit = finding?.fixes?.[0]?.edits[0];
  assert.equal(edit?.newText, 'LABEL org.opencontainers.image.authors="Kim <kim@example.com>"');
  assert.deepEqual(edit?.range, { start: { line: 1, character: 0 }, end: { line: 1, character: 32 } });
});
