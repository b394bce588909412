import assert from 'node:assert/strict';
import { test } from 'node:test';
import { check, ruleTable } from './helper';

ruleTable('NoEmptyContinuation', [
  {
    name: 'an empty line inside a continuation',
    input: 'FROM alpine\nRUN apk add \\\n\n    curl\n',
    want: ['NoEmptyContinuation@4'],
  },
  { name: 'a whitespace-only line', input: 'FROM alpine\nRUN a \\\n   \n  b\n', want: ['NoEmptyContinuation@4'] },
  {
    name: 'one warning per instruction, on its last line, as BuildKit reports it',
    input: 'FROM alpine\nRUN a \\\n\n  b \\\n\n  c\nRUN d\n',
    want: ['NoEmptyContinuation@6'],
  },
  { name: 'a comment line inside a continuation is fine', input: 'FROM alpine\nRUN a \\\n# note\n  b\n', want: [] },
  { name: 'empty lines between instructions are fine', input: 'FROM alpine\n\nRUN a\n\nRUN b\n', want: [] },
  {
    name: 'skipped by the directive',
    input: '# check=skip=NoEmptyContinuation\nFROM alpine\nRUN a \\\n\n  b\n',
    want: [],
  },
]);

void test('NoEmptyContinuation removes only the blank lines, never the lines between them', () => {
  const [finding] = check('FROM alpine\nRUN a \\\n\n  b \\\n\n  c\n').filter((f) => f.code === 'NoEmptyContinuation');
  assert.deepEqual(
    finding?.fixes?.[0]?.edits.map((edit) => edit.range.start.line),
    [2, 4],
  );
});

void test('NoEmptyContinuation has a fix that removes the empty line', () => {
  const [finding] = check('FROM alpine\nRUN a \\\n\n  b\n').filter((f) => f.code === 'NoEmptyContinuation');
  assert.equal(finding?.severity, 'warning');
  assert.equal(finding?.url, 'https://docs.docker.com/reference/build-checks/no-empty-continuation/');
  assert.deepEqual(finding?.fixes?.[0]?.edits, [
    { range: { start: { line: 2, character: 0 }, end: { line: 3, character: 0 } }, newText: '' },
  ]);
});
