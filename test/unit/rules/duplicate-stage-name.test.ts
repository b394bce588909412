import { ruleTable } from './helper';

ruleTable('DuplicateStageName', [
  { name: 'same name twice', input: 'FROM alpine AS build\nFROM alpine AS build\n', want: ['DuplicateStageName@2'] },
  {
    name: 'names compare case-insensitively',
    input: 'FROM alpine AS build\nFROM alpine AS Build\n',
    want: ['DuplicateStageName@2'],
  },
  {
    name: 'third use',
    input: 'FROM a AS x\nFROM b AS y\nFROM c AS x\nFROM d AS x\n',
    want: ['DuplicateStageName@3', 'DuplicateStageName@4'],
  },
  { name: 'unique names', input: 'FROM alpine AS build\nFROM alpine AS test\nFROM alpine\n', want: [] },
]);
