import { ruleTable } from './helper';

ruleTable('InvalidStageName', [
  { name: 'starts with a digit', input: 'FROM alpine AS 1st\n', want: ['InvalidStageName@1'] },
  {
    name: 'a symbol',
    input: 'FROM alpine AS my@stage\nFROM alpine AS a/b\n',
    want: ['InvalidStageName@1', 'InvalidStageName@2'],
  },
  {
    name: 'valid names, any case',
    input: 'FROM alpine AS build\nFROM alpine AS Test-1\nFROM alpine AS app.base_2\n',
    want: [],
  },
]);
