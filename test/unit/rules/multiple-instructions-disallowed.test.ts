import assert from 'node:assert/strict';
import { test } from 'node:test';
import { check, ruleTable } from './helper';

ruleTable('MultipleInstructionsDisallowed', [
  {
    name: 'the seed: two CMDs, the first is reported',
    input: 'FROM alpine\nCMD ["echo", "a"]\nCMD ["echo", "hello"]\n',
    want: ['MultipleInstructionsDisallowed@2'],
  },
  { name: 'one CMD', input: 'FROM alpine\nRUN echo\nCMD ["echo", "hello"]\n', want: [] },
  {
    name: 'three ENTRYPOINTs report the first two',
    input: 'FROM a\nENTRYPOINT ["a"]\nENTRYPOINT ["b"]\nENTRYPOINT ["c"]\n',
    want: ['MultipleInstructionsDisallowed@2', 'MultipleInstructionsDisallowed@3'],
  },
  {
    name: 'HEALTHCHECK twice',
    input: 'FROM a\nHEALTHCHECK NONE\nHEALTHCHECK CMD ["true"]\n',
    want: ['MultipleInstructionsDisallowed@2'],
  },
  { name: 'one per stage is fine', input: 'FROM a AS one\nCMD ["a"]\nFROM b\nCMD ["b"]\n', want: [] },
  { name: 'CMD and ENTRYPOINT together are fine', input: 'FROM a\nENTRYPOINT ["a"]\nCMD ["b"]\n', want: [] },
  {
    name: 'lower-case keywords count too',
    input: 'from a\ncmd ["a"]\ncmd ["b"]\n',
    want: ['MultipleInstructionsDisallowed@2'],
  },
  {
    name: 'skipped by the check directive',
    input: '# check=skip=MultipleInstructionsDisallowed\nFROM a\nCMD ["a"]\nCMD ["b"]\n',
    want: [],
  },
  { name: 'skip=all', input: '# check=skip=all\nFROM a\nCMD ["a"]\nCMD ["b"]\n', want: [] },
  {
    name: 'turned off by a setting',
    input: 'FROM a\nCMD ["a"]\nCMD ["b"]\n',
    want: [],
    options: { severities: { MultipleInstructionsDisallowed: 'off' } },
  },
]);

void test('MultipleInstructionsDisallowed is a warning with a fix that removes the overridden line', () => {
  const text = 'FROM alpine\nCMD ["echo", "a"]\nCMD ["echo", "hello"]\n';
  const [finding] = check(text).filter((f) => f.code === 'MultipleInstructionsDisallowed');
  assert.equal(finding?.severity, 'warning');
  assert.match(finding?.message ?? '', /line 3/);
  const edit = finding?.fixes?.[0]?.edits[0];
  assert.deepEqual(edit, { range: { start: { line: 1, character: 0 }, end: { line: 2, character: 0 } }, newText: '' });
});

void test('check=error=true makes it an error', () => {
  const findings = check('# check=error=true\nFROM a\nCMD ["a"]\nCMD ["b"]\n');
  assert.equal(findings.find((f) => f.code === 'MultipleInstructionsDisallowed')?.severity, 'error');
});
