import { test } from 'node:test';
import assert from 'node:assert/strict';
import { changedSinceBuild, dockerfileFingerprint } from '../../../client/extension/core/fingerprint';

void test('changed since last build', async (t) => {
  const built = dockerfileFingerprint('FROM alpine\nCMD ["echo", "hello"]\n');
  const cases: { name: string; text: string; fingerprint: string | undefined; want: boolean }[] = [
    { name: 'never built', text: 'FROM alpine\n', fingerprint: undefined, want: true },
    { name: 'same text', text: 'FROM alpine\nCMD ["echo", "hello"]\n', fingerprint: built, want: false },
    {
      name: 'CRLF line endings only',
      text: 'FROM alpine\r\nCMD ["echo", "hello"]\r\n',
      fingerprint: built,
      want: false,
    },
    { name: 'an edited line', text: 'FROM alpine\nCMD ["echo", "bye"]\n', fingerprint: built, want: true },
    {
      name: 'a whitespace change counts',
      text: 'FROM alpine\nCMD ["echo",  "hello"]\n',
      fingerprint: built,
      want: true,
    },
  ];
  for (const { name, text, fingerprint, want } of cases) {
    await t.test(name, () => assert.equal(changedSinceBuild(text, fingerprint), want));
  }
});
