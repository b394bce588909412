import assert from 'node:assert/strict';
import { test } from 'node:test';
import { check, ruleTable } from './helper';

const on = '# check=experimental=InvalidDefinitionDescription\n';

ruleTable('InvalidDefinitionDescription', [
  { name: 'off by default (experimental)', input: '# a non-descriptive comment\nFROM scratch AS base\n', want: [] },
  {
    name: 'a comment above a named FROM',
    input: `${on}# a non-descriptive comment\nFROM scratch AS base\n`,
    want: ['InvalidDefinitionDescription@3'],
  },
  {
    name: 'a comment above an ARG',
    input: `${on}FROM scratch\n# another comment\nARG VERSION=1\n`,
    want: ['InvalidDefinitionDescription@4'],
  },
  {
    name: 'enabled by experimental=all',
    input: '# check=experimental=all\n# nope\nARG VERSION=1\nFROM scratch\n',
    want: ['InvalidDefinitionDescription@3'],
  },
  {
    name: 'enabled by a setting',
    input: '# nope\nARG VERSION=1\nFROM scratch\n',
    want: ['InvalidDefinitionDescription@2'],
    options: { severities: { InvalidDefinitionDescription: 'warning' } },
  },
  {
    name: 'descriptions that start with the name',
    input: `${on}# base is a stage for compiling source\nFROM scratch AS base\n# VERSION This is the version number.\nARG VERSION=1\n`,
    want: [],
  },
  {
    name: 'an empty line separates the comment',
    input: `${on}# a non-descriptive comment\n\nFROM scratch AS base\n`,
    want: [],
  },
  { name: 'a FROM without a name has no description', input: `${on}# hello\nFROM scratch\n`, want: [] },
  {
    name: 'a bare # line ends the description, as in BuildKit',
    input: `${on}# a non-descriptive comment\n#\nFROM scratch AS base\n`,
    want: [],
  },
  {
    name: 'the comment closest to the instruction is the one checked',
    input: `${on}# base builds the app\n# and more about it\nFROM scratch AS base\n`,
    want: ['InvalidDefinitionDescription@4'],
  },
  {
    name: 'a description after a bare # still counts',
    input: `${on}# unrelated\n#\n# VERSION picks the release\nARG VERSION=1\nFROM scratch\n`,
    want: [],
  },
]);

void test('the quick fix separates the comment from the instruction', () => {
  const text = `${on}# a non-descriptive comment\nFROM scratch AS base\n`;
  const [finding] = check(text).filter((f) => f.code === 'InvalidDefinitionDescription');
  assert.deepEqual(finding?.fixes?.[0]?.edits, [
    { range: { start: { line: 2, character: 0 }, end: { line: 2, character: 0 } }, newText: '\n' },
  ]);
});
