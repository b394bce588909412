import assert from 'node:assert/strict';
import { test } from 'node:test';
import { check, ruleTable } from './helper';

ruleTable('JSONArgsRecommended', [
  {
    name: 'shell-form ENTRYPOINT',
    input: 'FROM alpine\nENTRYPOINT my-program start\n',
    want: ['JSONArgsRecommended@2'],
  },
  { name: 'shell-form CMD', input: 'FROM alpine\nCMD echo hello\n', want: ['JSONArgsRecommended@2'] },
  { name: 'JSON form', input: 'FROM alpine\nENTRYPOINT ["my-program", "start"]\nCMD ["--help"]\n', want: [] },
  { name: 'after SHELL in the stage', input: 'FROM alpine\nSHELL ["/bin/bash", "-c"]\nCMD echo hello\n', want: [] },
  {
    name: 'SHELL inherited from an earlier stage',
    input: 'FROM alpine AS base\nSHELL ["/bin/bash", "-c"]\nFROM base\nCMD echo hello\n',
    want: [],
  },
  {
    name: 'SHELL in an unrelated stage does not count',
    input: 'FROM alpine AS base\nSHELL ["/bin/bash", "-c"]\nFROM alpine\nCMD echo hello\n',
    want: ['JSONArgsRecommended@4'],
  },
  { name: 'RUN is not concerned', input: 'FROM alpine\nRUN echo hello\n', want: [] },
]);

void test('JSONArgsRecommended converts plain commands to JSON, and leaves shell syntax alone', () => {
  const plain = check('FROM alpine\nCMD node server.js --port=80\n').find((f) => f.code === 'JSONArgsRecommended');
  assert.equal(plain?.fixes?.[0]?.edits[0]?.newText, '["node", "server.js", "--port=80"]');
  const shell = check('FROM alpine\nCMD echo $HOME && ls\n').find((f) => f.code === 'JSONArgsRecommended');
  assert.equal(shell?.fixes, undefined);
});
