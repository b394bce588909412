import { ruleTable } from './helper';

ruleTable('FromAsCasing', [
  { name: 'FROM … as', input: 'FROM alpine as build\n', want: ['FromAsCasing@1'] },
  { name: 'from … AS', input: 'from alpine AS build\n', want: ['FromAsCasing@1'] },
  { name: 'FROM … As', input: 'FROM alpine As build\n', want: ['FromAsCasing@1'] },
  { name: 'FROM … AS', input: 'FROM alpine AS build\n', want: [] },
  { name: 'from … as', input: 'from alpine as build\n', want: [] },
  { name: 'mixed-case From is not compared', input: 'From alpine as build\n', want: [] },
  { name: 'no AS', input: 'FROM alpine\n', want: [] },
]);
