import assert from 'node:assert/strict';
import { test } from 'node:test';
import { durationMs } from '../../../core/rules/checks/invalid-healthcheck';
import { ruleTable } from './helper';

ruleTable('InvalidHealthcheck', [
  { name: 'neither CMD nor NONE', input: 'FROM a\nHEALTHCHECK curl -f http://x/\n', want: ['InvalidHealthcheck@2'] },
  { name: 'CMD without a command', input: 'FROM a\nHEALTHCHECK CMD\n', want: ['InvalidHealthcheck@2'] },
  { name: 'NONE with a command', input: 'FROM a\nHEALTHCHECK NONE curl\n', want: ['InvalidHealthcheck@2'] },
  { name: 'NONE with options', input: 'FROM a\nHEALTHCHECK --interval=5s NONE\n', want: ['InvalidHealthcheck@2'] },
  {
    name: 'duration without a unit',
    input: 'FROM a\nHEALTHCHECK --interval=30 CMD true\n',
    want: ['InvalidHealthcheck@2'],
  },
  {
    name: 'duration below 1ms',
    input: 'FROM a\nHEALTHCHECK --timeout=10us CMD true\n',
    want: ['InvalidHealthcheck@2'],
  },
  { name: 'negative retries', input: 'FROM a\nHEALTHCHECK --retries=-1 CMD true\n', want: ['InvalidHealthcheck@2'] },
  {
    name: 'valid forms',
    input:
      'FROM a\nHEALTHCHECK NONE\nFROM b\nHEALTHCHECK --interval=1m30s --timeout=0 --start-period=1.5s --retries=3 CMD curl -f http://x/ || exit 1\nFROM c\nhealthcheck cmd ["true"]\n',
    want: [],
  },
]);

const durations: [string, number | undefined][] = [
  ['30s', 30000],
  ['1m30s', 90000],
  ['1.5h', 5400000],
  ['0', 0],
  ['500ms', 500],
  ['30', undefined],
  ['s', undefined],
  ['1x', undefined],
  ['', undefined],
];

for (const [input, want] of durations)
  void test(`durationMs(${JSON.stringify(input)})`, () => assert.equal(durationMs(input), want));
