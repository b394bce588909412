import assert from 'node:assert/strict';
import { test } from 'node:test';
import { check, ruleTable } from './helper';

ruleTable('UndefinedArgInFrom', [
  { name: 'undeclared', input: 'FROM node:${VERSION}\n', want: ['UndefinedArgInFrom@1'] },
  {
    name: 'declared inside a stage is too late',
    input: 'FROM alpine\nARG IMAGE=alpine\nFROM $IMAGE\n',
    want: ['UndefinedArgInFrom@3'],
  },
  { name: 'in --platform', input: 'FROM --platform=$PLATFORM alpine\n', want: ['UndefinedArgInFrom@1'] },
  { name: 'typo', input: 'ARG VERSION=20\nFROM node:${VERSIN}\n', want: ['UndefinedArgInFrom@2'] },
  { name: 'declared before FROM', input: 'ARG VERSION=20\nFROM node:${VERSION}\n', want: [] },
  { name: 'declared without a default', input: 'ARG VARIANT\nFROM busybox:stable${VARIANT}\n', want: [] },
  {
    name: 'platform ARGs are predefined',
    input: 'FROM --platform=$BUILDPLATFORM golang AS build\nFROM alpine:${TARGETARCH}\n',
    want: [],
  },
]);

void test('UndefinedArgInFrom suggests the declared name', () => {
  const [finding] = check('ARG VERSION=20\nFROM node:${VERSIN}\n').filter((f) => f.code === 'UndefinedArgInFrom');
  assert.match(finding?.message ?? '', /Did you mean \$VERSION\?/);
  assert.equal(finding?.fixes?.[0]?.edits[0]?.newText, 'VERSION');
});
