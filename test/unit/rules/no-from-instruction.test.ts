import { ruleTable } from './helper';

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
    { name: 'an empty document is not reported', input: '', want: [] },
    { name: 'comments only', input: '# just a comment\n', want: [] },
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
