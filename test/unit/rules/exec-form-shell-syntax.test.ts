import assert from 'node:assert/strict';
import { test } from 'node:test';
import { check, ruleTable } from './helper';

ruleTable('ExecFormShellSyntax', [
  { name: 'variable', input: 'FROM alpine\nCMD ["echo", "$HOME"]\n', want: ['ExecFormShellSyntax@2'] },
  {
    name: 'braced variable',
    input: 'FROM alpine\nENTRYPOINT ["app", "--dir=${DIR}"]\n',
    want: ['ExecFormShellSyntax@2'],
  },
  { name: 'operator', input: 'FROM alpine\nRUN ["make", "&&", "make", "install"]\n', want: ['ExecFormShellSyntax@2'] },
  { name: 'one string', input: 'FROM alpine\nCMD ["npm start"]\n', want: ['ExecFormShellSyntax@2'] },
  { name: 'plain exec form', input: 'FROM alpine\nCMD ["npm", "start"]\n', want: [] },
  { name: 'explicit shell', input: 'FROM alpine\nCMD ["sh", "-c", "echo $HOME && ls"]\n', want: [] },
  {
    name: 'CMD feeding a shell ENTRYPOINT',
    input: 'FROM alpine\nENTRYPOINT ["/bin/sh", "-c"]\nCMD ["echo $HOME"]\n',
    want: [],
  },
  { name: 'shell form', input: 'FROM alpine\nCMD echo $HOME\n', want: [] },
  { name: 'a dollar that is not a variable', input: 'FROM alpine\nCMD ["echo", "costs $5"]\n', want: [] },
]);

void test('ExecFormShellSyntax splits a one-string command into words', () => {
  const finding = check('FROM alpine\nCMD ["npm start"]\n').find((f) => f.code === 'ExecFormShellSyntax');
  assert.equal(finding?.fixes?.[0]?.edits[0]?.newText, '["npm", "start"]');
  assert.deepEqual(finding?.range, { start: { line: 1, character: 5 }, end: { line: 1, character: 16 } });
});
