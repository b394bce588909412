import { ruleTable } from './helper';

ruleTable('InvalidDefaultArgInFrom', [
  {
    name: 'no default makes the tag empty',
    input: 'ARG TAG\nFROM busybox:${TAG}\n',
    want: ['InvalidDefaultArgInFrom@2'],
  },
  { name: 'no default makes the image empty', input: 'ARG IMAGE\nFROM $IMAGE\n', want: ['InvalidDefaultArgInFrom@2'] },
  { name: 'an upper-case default', input: 'ARG IMAGE=Alpine\nFROM ${IMAGE}\n', want: ['InvalidDefaultArgInFrom@2'] },
  { name: 'a default', input: 'ARG TAG=latest\nFROM busybox:${TAG}\n', want: [] },
  { name: 'empty is fine when the name stays valid', input: 'ARG VARIANT\nFROM busybox:stable${VARIANT}\n', want: [] },
  { name: 'a fallback in the reference', input: 'ARG TAG\nFROM alpine:${TAG:-3.14}\n', want: [] },
  { name: 'quoted default', input: 'ARG IMAGE="alpine:3.19"\nFROM ${IMAGE}\n', want: [] },
  { name: 'no variables', input: 'FROM alpine\n', want: [] },
]);
