import assert from 'node:assert/strict';
import { test } from 'node:test';
import { check, ruleTable } from './helper';

ruleTable('UnknownInstruction', [
  { name: 'RUNN', input: 'FROM alpine\nRUNN echo\n', want: ['UnknownInstruction@2'] },
  { name: 'swapped letters: FORM', input: 'FORM alpine\n', want: ['UnknownInstruction@1'] },
  { name: 'nothing close', input: 'FROM alpine\nXYZZY a\n', want: ['UnknownInstruction@2'] },
  { name: 'inside ONBUILD', input: 'FROM alpine\nONBUILD RNU make\n', want: ['UnknownInstruction@2'] },
  {
    name: 'every known instruction',
    input:
      'FROM a\nRUN b\nCMD ["c"]\nLABEL d=e\nEXPOSE 80\nENV f=g\nADD h i\nCOPY j k\nENTRYPOINT ["l"]\nVOLUME /m\nUSER n\nWORKDIR /o\nARG p\nONBUILD RUN q\nSTOPSIGNAL SIGTERM\nHEALTHCHECK NONE\nSHELL ["/bin/sh", "-c"]\n',
    want: [],
  },
  { name: 'keywords are case-insensitive', input: 'from a\nRun b\n', want: [] },
]);

void test('UnknownInstruction suggests the closest instruction with a quick fix', () => {
  const [finding] = check('FROM alpine\nRUNN echo\n').filter((f) => f.code === 'UnknownInstruction');
  assert.equal(finding?.severity, 'error');
  assert.match(finding?.message ?? '', /Did you mean RUN\?/);
  assert.deepEqual(finding?.fixes?.[0]?.edits, [{ range: finding?.range, newText: 'RUN' }]);
  assert.equal(finding?.fixes?.[0]?.title, 'Change to RUN');
});

void test('UnknownInstruction without a close match has no fix', () => {
  const [finding] = check('FROM alpine\nXYZZY a\n').filter((f) => f.code === 'UnknownInstruction');
  assert.equal(finding?.fixes, undefined);
  assert.doesNotMatch(finding?.message ?? '', /Did you mean/);
});
