import assert from 'node:assert/strict';
import { test } from 'node:test';
import { check, ruleTable } from './helper';

const sha = 'a'.repeat(64);

ruleTable('InvalidImageReference', [
  {
    name: 'FROM Alpine:Latest: repository must be lower-case',
    input: 'FROM Alpine:Latest\n',
    want: ['InvalidImageReference@1'],
  },
  {
    name: 'upper-case path after a registry',
    input: 'FROM registry.example.com/My/App\n',
    want: ['InvalidImageReference@1'],
  },
  { name: 'bad tag', input: 'FROM alpine:-3\n', want: ['InvalidImageReference@1'] },
  { name: 'short digest', input: 'FROM alpine@sha256:abc\n', want: ['InvalidImageReference@1'] },
  { name: 'unknown digest algorithm', input: `FROM alpine@md5:${'a'.repeat(32)}\n`, want: ['InvalidImageReference@1'] },
  { name: 'bad characters', input: 'FROM my_app!\n', want: ['InvalidImageReference@1'] },
  { name: 'name:tag', input: 'FROM alpine:3.19\n', want: [] },
  { name: 'a tag may use capitals', input: 'FROM alpine:Latest\n', want: [] },
  { name: 'name@sha256', input: `FROM alpine@sha256:${sha}\n`, want: [] },
  { name: 'name:tag@sha256', input: `FROM alpine:3.19@sha256:${sha}\n`, want: [] },
  { name: 'registry with port and path', input: 'FROM localhost:5000/team/app:1.0\n', want: [] },
  { name: 'scratch', input: 'FROM scratch\n', want: [] },
  {
    name: 'variables are left to InvalidDefaultArgInFrom',
    input: 'ARG IMAGE=alpine\nFROM $IMAGE\nFROM ${IMAGE}:Latest\n',
    want: [],
  },
  { name: 'an earlier stage name, in any case', input: 'FROM alpine AS Builder\nFROM Builder\n', want: [] },
  {
    name: 'a later stage name is an image name',
    input: 'FROM Builder\nFROM alpine AS builder\n',
    want: ['InvalidImageReference@1'],
  },
]);

void test('InvalidImageReference explains upper-case names and offers the lower-case one', () => {
  const [finding] = check('FROM Alpine:Latest\n').filter((f) => f.code === 'InvalidImageReference');
  assert.equal(finding?.severity, 'error');
  assert.match(finding?.message ?? '', /must be lower-case/);
  assert.equal(finding?.fixes?.[0]?.edits[0]?.newText, 'alpine:Latest');
});
