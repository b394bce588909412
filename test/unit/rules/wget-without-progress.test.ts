import assert from 'node:assert/strict';
import { test } from 'node:test';
import { check, ruleTable } from './helper';
import { shellOptions as options } from './shell-helper';

ruleTable('WgetWithoutProgress', [
  { name: 'wget', input: 'FROM debian\nRUN wget https://x/y.tgz\n', want: ['WgetWithoutProgress@2'], options },
  { name: '-q', input: 'FROM debian\nRUN wget -q https://x/y.tgz\n', want: [], options },
  { name: '-nv', input: 'FROM debian\nRUN wget -nv https://x/y.tgz\n', want: [], options },
  { name: '--progress', input: 'FROM debian\nRUN wget --progress=dot:giga https://x/y\n', want: [], options },
  { name: 'clustered -qO-', input: 'FROM debian\nRUN wget -qO- https://x/y\n', want: [], options },
]);

void test('WgetWithoutProgress suggests -q for busybox wget, which has no --progress', () => {
  const alpine = check('FROM alpine:3.20\nRUN wget https://x/y\n', options).find(
    (f) => f.code === 'WgetWithoutProgress',
  );
  assert.equal(alpine?.fixes?.[0]?.edits[0]?.newText, ' -q');
  const debian = check('FROM debian\nRUN wget https://x/y\n', options).find((f) => f.code === 'WgetWithoutProgress');
  assert.equal(debian?.fixes?.[0]?.edits[0]?.newText, ' --progress=dot:giga');
});
