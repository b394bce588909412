import assert from 'node:assert/strict';
import { test } from 'node:test';
import { validateReference, type ReferenceProblem } from '../../../core/rules/reference';

const hex64 = '0123456789abcdef'.repeat(4);

const cases: { name: string; input: string; want: 'ok' | ReferenceProblem }[] = [
  { name: 'plain name', input: 'alpine', want: 'ok' },
  { name: 'name:tag', input: 'ubuntu:22.04', want: 'ok' },
  { name: 'name@sha256', input: `alpine@sha256:${hex64}`, want: 'ok' },
  { name: 'user/repo', input: 'library/alpine', want: 'ok' },
  { name: 'separators', input: 'my.org/my_app__x-y--z:v1_2.3-rc', want: 'ok' },
  { name: 'registry with port', input: 'localhost:5000/app', want: 'ok' },
  { name: 'IPv6 registry', input: '[::1]:5000/app:tag', want: 'ok' },
  { name: 'upper-case registry', input: 'MyRegistry/app', want: 'ok' },
  { name: 'name:port-like tag', input: 'localhost:5000', want: 'ok' },
  { name: 'sha512', input: `a@sha512:${hex64}${hex64}`, want: 'ok' },
  { name: 'empty', input: '', want: 'empty' },
  { name: 'only a tag', input: ':tag', want: 'empty' },
  { name: 'upper-case repository', input: 'Alpine:Latest', want: 'uppercase' },
  { name: 'upper-case path', input: 'docker.io/Library/alpine', want: 'uppercase' },
  { name: 'leading separator', input: '-alpine', want: 'invalidFormat' },
  { name: 'double slash', input: 'a//b', want: 'invalidFormat' },
  { name: 'trailing slash', input: 'a/', want: 'invalidFormat' },
  { name: 'bad character', input: 'al pine', want: 'invalidFormat' },
  { name: 'bad registry', input: 'bad_host.com/app', want: 'invalidDomain' },
  { name: 'tag starting with a dot', input: 'alpine:.x', want: 'invalidTag' },
  { name: 'tag too long', input: `alpine:${'a'.repeat(129)}`, want: 'invalidTag' },
  { name: 'empty tag', input: 'alpine:', want: 'invalidTag' },
  { name: 'short digest', input: 'alpine@sha256:abc', want: 'invalidDigest' },
  { name: 'upper-case hex', input: `alpine@sha256:${hex64.toUpperCase()}`, want: 'invalidDigest' },
  { name: 'wrong length for sha256', input: `alpine@sha256:${hex64}00`, want: 'invalidDigest' },
  { name: 'unknown algorithm', input: `alpine@md5:${hex64}`, want: 'unsupportedDigest' },
  { name: 'too long', input: `${'a'.repeat(256)}`, want: 'nameTooLong' },
  { name: 'a bare image ID', input: hex64, want: 'hexIdentifier' },
];

for (const c of cases) {
  void test(`validateReference: ${c.name}`, () => {
    const result = validateReference(c.input);
    assert.equal(result.ok ? 'ok' : result.code, c.want);
    if (!result.ok) assert.ok(result.reason.length > 0);
  });
}

void test('validateReference splits the parts', () => {
  assert.deepEqual(validateReference(`reg.io:443/a/b:1.0@sha256:${hex64}`), {
    ok: true,
    domain: 'reg.io:443',
    path: 'a/b',
    tag: '1.0',
    digest: `sha256:${hex64}`,
  });
});
