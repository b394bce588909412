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
  {
    name: 'each default is expanded with the ARGs before it (regression: "exit-${X:-"y"}")',
    input: 'ARG X\nARG TAG=exit-${X:-"y"}\nFROM busybox:${TAG}\n',
    want: [],
  },
  {
    name: 'an expanded default that is invalid',
    input: 'ARG V=Upper\nARG IMAGE=app${V}\nFROM ${IMAGE}\n',
    want: ['InvalidDefaultArgInFrom@3'],
  },
  {
    name: 'the automatic platform ARGs always have a value in FROM',
    input: 'FROM --platform=$BUILDPLATFORM golang:1.22-${TARGETOS}\nFROM alpine:${TARGETARCH}\n',
    want: [],
  },
  { name: 'quotes in FROM are removed before the check', input: 'ARG TAG=3.19\nFROM alpine:"${TAG}"\n', want: [] },
  {
    name: 'build arguments do not count: BuildKit checks the defaults alone',
    input: 'ARG VERSION\nFROM busybox:$VERSION\n',
    want: ['InvalidDefaultArgInFrom@2'],
    options: { buildArgs: { VERSION: 'latest' } },
  },
  {
    name: 'a multi-line FROM is reported on its first line',
    input: 'ARG IMAGE\nFROM \\\n  $IMAGE\n',
    want: ['InvalidDefaultArgInFrom@2'],
  },
]);
