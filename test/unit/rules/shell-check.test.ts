import assert from 'node:assert/strict';
import { test } from 'node:test';
import { check } from './helper';

const range = { start: { line: 1, character: 9 }, end: { line: 1, character: 11 } };
const note = { code: 2086, level: 'info' as const, message: 'Double quote to prevent globbing.', range };

void test('ShellCheck reports each note as a warning with its code, message and wiki page', () => {
  const [finding] = check('FROM alpine\nRUN echo $x\n', { shell: { shellcheck: [note] } }).filter(
    (f) => f.code === 'ShellCheck',
  );
  assert.equal(finding?.severity, 'warning');
  assert.equal(finding?.message, 'SC2086: Double quote to prevent globbing. (ShellCheck)');
  assert.equal(finding?.url, 'https://www.shellcheck.net/wiki/SC2086');
  assert.deepEqual(finding?.range, range);
});

void test('ShellCheck findings follow the rule settings, and nothing is reported without notes', () => {
  const off = check('FROM alpine\nRUN echo $x\n', { shell: { shellcheck: [note] }, severities: { ShellCheck: 'off' } });
  assert.equal(off.filter((f) => f.code === 'ShellCheck').length, 0);
  assert.equal(check('FROM alpine\nRUN echo $x\n').filter((f) => f.code === 'ShellCheck').length, 0);
});
