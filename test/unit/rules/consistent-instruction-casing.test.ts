import assert from 'node:assert/strict';
import { test } from 'node:test';
import { check, ruleTable } from './helper';

ruleTable('ConsistentInstructionCasing', [
  {
    name: 'one lower-case among upper-case',
    input: 'FROM alpine\nrun echo\nCMD ["a"]\n',
    want: ['ConsistentInstructionCasing@2'],
  },
  {
    name: 'one upper-case among lower-case',
    input: 'from alpine\nRUN echo\ncmd ["a"]\n',
    want: ['ConsistentInstructionCasing@2'],
  },
  { name: 'mixed-case keyword', input: 'FROM alpine\nRun echo\n', want: ['ConsistentInstructionCasing@2'] },
  { name: 'a tie goes to upper case', input: 'FROM alpine\nrun echo\n', want: ['ConsistentInstructionCasing@2'] },
  { name: 'all upper', input: 'FROM alpine\nRUN echo\n', want: [] },
  { name: 'all lower', input: 'from alpine\nrun echo\n', want: [] },
  {
    name: 'a keyword a line continuation splits counts for no casing and gets no fix',
    input: 'from alpine\nfrom busybox\nR\\\nUN echo\nRUN echo\n',
    want: ['ConsistentInstructionCasing@5'],
  },
  {
    name: 'the casing of an ONBUILD trigger is not judged apart',
    input: 'FROM alpine\nONBUILD run echo\n',
    want: [],
  },
]);

void test('ConsistentInstructionCasing offers the majority casing', () => {
  const [finding] = check('from alpine\nRUN echo\ncmd ["a"]\n').filter((f) => f.code === 'ConsistentInstructionCasing');
  assert.equal(finding?.fixes?.[0]?.edits[0]?.newText, 'run');
  assert.match(finding?.message ?? '', /lower-case/);
});
