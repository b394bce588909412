import assert from 'node:assert/strict';
import { test } from 'node:test';
import { check, ruleTable } from './helper';

ruleTable('ExposeProtoCasing', [
  { name: '80/TCP', input: 'FROM alpine\nEXPOSE 80/TCP\n', want: ['ExposeProtoCasing@2'] },
  {
    name: 'several',
    input: 'FROM alpine\nEXPOSE 80/tcp 53/UDP 443/Tcp\n',
    want: ['ExposeProtoCasing@2', 'ExposeProtoCasing@2'],
  },
  { name: 'lower case or none', input: 'FROM alpine\nEXPOSE 80/tcp 53/udp 8080\n', want: [] },
]);

void test('ExposeProtoCasing marks and fixes the protocol only', () => {
  const [finding] = check('FROM alpine\nEXPOSE 80/TCP\n').filter((f) => f.code === 'ExposeProtoCasing');
  assert.deepEqual(finding?.range, { start: { line: 1, character: 10 }, end: { line: 1, character: 13 } });
  assert.equal(finding?.fixes?.[0]?.edits[0]?.newText, 'tcp');
});
