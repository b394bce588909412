import { ruleTable } from './helper';

ruleTable('ReservedStageName', [
  { name: 'scratch', input: 'FROM alpine AS scratch\n', want: ['ReservedStageName@1'] },
  { name: 'context, any case', input: 'FROM alpine AS Context\n', want: ['ReservedStageName@1'] },
  { name: 'other names', input: 'FROM alpine AS builder\nFROM scratch\n', want: [] },
]);
