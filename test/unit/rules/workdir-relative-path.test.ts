import assert from 'node:assert/strict';
import { test } from 'node:test';
import { check, ruleTable } from './helper';

ruleTable('WorkdirRelativePath', [
  {
    name: 'relative first WORKDIR',
    input: 'FROM nginx\nWORKDIR usr/share/nginx/html\n',
    want: ['WorkdirRelativePath@2'],
  },
  { name: './ relative', input: 'FROM nginx\nWORKDIR ./app\n', want: ['WorkdirRelativePath@2'] },
  {
    name: 'each stage separately',
    input: 'FROM a\nWORKDIR /app\nFROM b\nWORKDIR app\n',
    want: ['WorkdirRelativePath@4'],
  },
  { name: 'absolute', input: 'FROM nginx\nWORKDIR /usr/share/nginx/html\n', want: [] },
  { name: 'relative after absolute', input: 'FROM a\nWORKDIR /app\nWORKDIR src\n', want: [] },
  { name: 'inherits from an earlier stage', input: 'FROM a AS base\nWORKDIR /app\nFROM base\nWORKDIR src\n', want: [] },
  { name: 'a variable may be absolute', input: 'FROM a\nENV DIR=/app\nWORKDIR $DIR\n', want: [] },
  { name: 'Windows absolute path', input: 'FROM a\nWORKDIR C:\\app\n', want: [] },
]);

void test('WorkdirRelativePath offers the absolute path', () => {
  const [finding] = check('FROM a\nWORKDIR ./app\n').filter((f) => f.code === 'WorkdirRelativePath');
  assert.equal(finding?.fixes?.[0]?.edits[0]?.newText, '/app');
});
