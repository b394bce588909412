import { ruleTable } from './helper';

ruleTable('FromLatestTag', [
  { name: 'no tag', input: 'FROM ubuntu\n', want: ['FromLatestTag@1'] },
  { name: ':latest', input: 'FROM ubuntu:latest\n', want: ['FromLatestTag@1'] },
  { name: 'tagged', input: 'FROM ubuntu:24.04\n', want: [] },
  { name: 'digest', input: `FROM ubuntu@sha256:${'a'.repeat(64)}\n`, want: [] },
  { name: 'registry port is not a tag', input: 'FROM localhost:5000/app\n', want: ['FromLatestTag@1'] },
  { name: 'scratch', input: 'FROM scratch\n', want: [] },
  { name: 'an earlier stage', input: 'FROM alpine:3.20 AS base\nFROM base\n', want: [] },
  { name: 'a variable', input: 'ARG IMAGE=alpine\nFROM $IMAGE\n', want: [] },
]);
