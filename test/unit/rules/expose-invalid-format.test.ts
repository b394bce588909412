import assert from 'node:assert/strict';
import { test } from 'node:test';
import { check, ruleTable } from './helper';

ruleTable('ExposeInvalidFormat', [
  { name: 'IP and host port', input: 'FROM alpine\nEXPOSE 127.0.0.1:80:80\n', want: ['ExposeInvalidFormat@2'] },
  { name: 'host port', input: 'FROM alpine\nEXPOSE 80:80\n', want: ['ExposeInvalidFormat@2'] },
  { name: 'container ports', input: 'FROM alpine\nEXPOSE 80 443/tcp 8000-8010\n', want: [] },
]);

void test('ExposeInvalidFormat keeps the container port', () => {
  const [finding] = check('FROM alpine\nEXPOSE 127.0.0.1:8080:80\n').filter((f) => f.code === 'ExposeInvalidFormat');
  assert.equal(finding?.fixes?.[0]?.edits[0]?.newText, '80');
});
