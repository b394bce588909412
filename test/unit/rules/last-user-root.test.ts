import { ruleTable } from './helper';

ruleTable('LastUserRoot', [
  { name: 'ends as root', input: 'FROM alpine\nUSER app\nUSER root\n', want: ['LastUserRoot@3'] },
  { name: 'uid 0 with group', input: 'FROM alpine\nUSER 0:0\n', want: ['LastUserRoot@2'] },
  { name: 'back to app', input: 'FROM alpine\nUSER root\nRUN true\nUSER app\n', want: [] },
  { name: 'no USER', input: 'FROM alpine\nRUN true\n', want: [] },
  { name: 'a builder stage', input: 'FROM alpine AS b\nUSER root\nFROM alpine\nUSER app\n', want: [] },
  {
    name: 'inherited from the base stage',
    input: 'FROM alpine AS base\nUSER root\nFROM base\nRUN true\n',
    want: ['LastUserRoot@2'],
  },
]);
