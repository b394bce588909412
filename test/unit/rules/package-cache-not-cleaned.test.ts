import assert from 'node:assert/strict';
import { test } from 'node:test';
import { check, ruleTable } from './helper';
import { shellOptions as options } from './shell-helper';

ruleTable('PackageCacheNotCleaned', [
  {
    name: 'apt lists left',
    input: 'FROM debian\nRUN apt-get update && apt-get install -y curl\n',
    want: ['PackageCacheNotCleaned@2'],
    options,
  },
  {
    name: 'apt lists removed',
    input: 'FROM debian\nRUN apt-get update && apt-get install -y curl && rm -rf /var/lib/apt/lists/*\n',
    want: [],
    options,
  },
  {
    name: 'cache mount on the lists',
    input: 'FROM debian\nRUN --mount=type=cache,target=/var/lib/apt/lists apt-get update && apt-get install -y curl\n',
    want: [],
    options,
  },
  {
    name: 'a builder stage does not ship',
    input:
      'FROM debian AS build\nRUN apt-get update && apt-get install -y gcc\nFROM scratch\nCOPY --from=build /x /x\n',
    want: [],
    options,
  },
  {
    name: 'a stage the image builds on ships',
    input: 'FROM debian AS base\nRUN apt-get update\nFROM base\nRUN true\n',
    want: ['PackageCacheNotCleaned@2'],
    options,
  },
  {
    name: 'yum without clean',
    input: 'FROM centos\nRUN yum install -y httpd\n',
    want: ['PackageCacheNotCleaned@2'],
    options,
  },
  { name: 'yum clean all', input: 'FROM centos\nRUN yum install -y httpd && yum clean all\n', want: [], options },
  { name: 'dnf clean all', input: 'FROM fedora\nRUN dnf install -y x && dnf clean all\n', want: [], options },
  { name: 'zypper clean', input: 'FROM opensuse/leap\nRUN zypper -n install x && zypper clean\n', want: [], options },
]);

void test('PackageCacheNotCleaned offers to remove the apt lists at the end of the RUN', () => {
  const text = 'FROM debian\nRUN apt-get update && apt-get install -y curl\n';
  const finding = check(text, options).find((f) => f.code === 'PackageCacheNotCleaned');
  assert.deepEqual(finding?.fixes?.[0]?.edits[0], {
    range: { start: { line: 1, character: 45 }, end: { line: 1, character: 45 } },
    newText: ' && rm -rf /var/lib/apt/lists/*',
  });
});
