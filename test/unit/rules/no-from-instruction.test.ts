import assert from 'node:assert/strict';
import { test } from 'node:test';
import { check, ruleTable } from './helper';

ruleTable(
  ['NoFromInstruction', 'InstructionBeforeFrom'],
  [
    { name: 'first instruction is RUN, no FROM at all', input: 'RUN echo hello\n', want: ['NoFromInstruction@1'] },
    { name: 'only ARGs', input: 'ARG A=1\nARG B\n', want: ['NoFromInstruction@1'] },
    {
      name: 'reported once, on the first instruction',
      input: '# comment\n\nRUN a\nCMD ["b"]\n',
      want: ['NoFromInstruction@3'],
    },
    { name: 'an empty document: BuildKit rejects it', input: '', want: ['NoFromInstruction@1'] },
    { name: 'comments only: "file with no instructions"', input: '# just a comment\n', want: ['NoFromInstruction@1'] },
    { name: 'FROM first', input: 'FROM alpine\nRUN echo\n', want: [] },
    { name: 'lower-case from', input: 'from alpine\nrun echo\n', want: [] },
    { name: 'ARG before FROM is allowed', input: 'ARG TAG=3.19\nFROM alpine:${TAG}\n', want: [] },
    {
      name: 'directive and comment before FROM',
      input: '# syntax=docker/dockerfile:1\n# hello\nFROM alpine\n',
      want: [],
    },
  ],
);

void test('the quick fix adds FROM to an empty file', () => {
  const [finding] = check('').filter((f) => f.code === 'NoFromInstruction');
  assert.deepEqual(
    finding?.fixes?.[0]?.edits.map((edit) => edit.newText),
    ['FROM alpine\n'],
  );
});

void test('the quick fix adds FROM after the global ARGs, before the first other instruction', () => {
  const [finding] = check('ARG V=1\nRUN echo\n').filter((f) => f.code === 'NoFromInstruction');
  const edit = finding?.fixes?.[0]?.edits[0];
  assert.equal(edit?.newText, 'FROM alpine\n');
  assert.deepEqual(edit?.range.start, { line: 1, character: 0 });
});

void test('the quick fix after comments only goes on a line of its own', () => {
  const [finding] = check('# a comment').filter((f) => f.code === 'NoFromInstruction');
  assert.equal(finding?.fixes?.[0]?.edits[0]?.newText, '\nFROM alpine\n');
});
