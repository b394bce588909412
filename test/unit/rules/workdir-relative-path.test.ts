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
  { name: 'quotes are removed first: "/opt/app" is absolute', input: 'FROM a\nWORKDIR "/opt/app"\n', want: [] },
  { name: 'a quoted relative path', input: "FROM a\nWORKDIR 'app'\n", want: ['WorkdirRelativePath@2'] },
  {
    name: 'an ARG with a relative default',
    input: 'FROM a\nARG DIR=app\nWORKDIR $DIR\n',
    want: ['WorkdirRelativePath@3'],
  },
  { name: 'an ARG without a value expands to nothing', input: 'FROM a\nARG DIR\nWORKDIR $DIR/app\n', want: [] },
  {
    name: 'a build argument makes it relative',
    input: 'FROM a\nARG DIR\nWORKDIR $DIR\n',
    want: ['WorkdirRelativePath@3'],
    options: { buildArgs: { DIR: 'srv' } },
  },
  { name: 'a variable of an image we cannot see', input: 'FROM a\nWORKDIR $HOME/app\n', want: [] },
]);

void test('WorkdirRelativePath keeps the quotes: "app" becomes "/app" (regression: it made "/"app"")', () => {
  const [finding] = check('FROM a\nWORKDIR "app"\n').filter((f) => f.code === 'WorkdirRelativePath');
  assert.equal(finding?.fixes?.[0]?.edits[0]?.newText, '"/app"');
  assert.match(finding?.message ?? '', /"\/app"/);
});

void test('WorkdirRelativePath offers the absolute path', () => {
  const [finding] = check('FROM a\nWORKDIR ./app\n').filter((f) => f.code === 'WorkdirRelativePath');
  assert.equal(finding?.fixes?.[0]?.edits[0]?.newText, '/app');
});
