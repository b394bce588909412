import assert from 'node:assert/strict';
import { test } from 'node:test';
import { check, ruleTable } from './helper';

ruleTable('InvalidFlag', [
  { name: 'COPY --form=x (typo)', input: 'FROM a\nCOPY --form=x a b\n', want: ['InvalidFlag@2'] },
  { name: 'unknown flag, nothing close', input: 'FROM a\nCOPY --quux=1 a b\n', want: ['InvalidFlag@2'] },
  {
    name: 'a flag on an instruction that takes none',
    input: 'FROM a\nWORKDIR --from=x /app\n',
    want: ['InvalidFlag@2'],
  },
  { name: 'duplicate --from', input: 'FROM a\nCOPY --from=a --from=b x y\n', want: ['InvalidFlag@2'] },
  {
    name: 'repeatable --mount',
    input: 'FROM a\nRUN --mount=type=cache,target=/a --mount=type=cache,target=/b make\n',
    want: [],
  },
  { name: 'value flag without a value', input: 'FROM a\nCOPY --from a b\n', want: ['InvalidFlag@2'] },
  {
    name: 'bool flag bare or true/false',
    input: 'FROM a\nCOPY --link a b\nCOPY --link=false a b\nADD --keep-git-dir=true a b\n',
    want: [],
  },
  { name: 'bool flag with another value', input: 'FROM a\nCOPY --link=yes a b\n', want: ['InvalidFlag@2'] },
  { name: 'FROM --platform', input: 'FROM --platform=$BUILDPLATFORM alpine\n', want: [] },
  { name: 'FROM --plattform', input: 'FROM --plattform=linux/amd64 alpine\n', want: ['InvalidFlag@1'] },
  {
    name: 'known flags everywhere',
    input:
      'FROM a AS b\nCOPY --from=b --chown=1:1 --chmod=644 --link --parents --exclude=*.md --exclude=*.txt a b\nADD --checksum=sha256:abc --unpack a b\nRUN --network=none --security=insecure make\nHEALTHCHECK --interval=5s --timeout=3s --start-period=1s --start-interval=1s --retries=3 CMD ["true"]\n',
    want: [],
  },
  { name: 'inside ONBUILD', input: 'FROM a\nONBUILD COPY --form=x a b\n', want: ['InvalidFlag@2'] },
]);

void test('InvalidFlag suggests --from for --form, with a fix that keeps the value', () => {
  const [finding] = check('FROM a\nCOPY --form=build a b\n').filter((f) => f.code === 'InvalidFlag');
  assert.match(finding?.message ?? '', /Did you mean --from\?/);
  assert.equal(finding?.fixes?.[0]?.edits[0]?.newText, '--from=build');
});
