import assert from 'node:assert/strict';
import { test } from 'node:test';
import { closest, editDistance } from '../../../core/rules/suggest';

const distances: [string, string, number][] = [
  ['', '', 0],
  ['RUN', 'RUN', 0],
  ['RUNN', 'RUN', 1],
  ['FORM', 'FROM', 1],
  ['kitten', 'sitting', 3],
  ['', 'abc', 3],
];
for (const [a, b, want] of distances)
  void test(`editDistance(${a}, ${b})`, () => assert.equal(editDistance(a, b), want));

const names = ['FROM', 'RUN', 'COPY', 'ENV', 'ARG', 'CMD'];
const suggestions: [string, string | undefined][] = [
  ['RUNN', 'RUN'],
  ['form', 'FROM'],
  ['COYP', 'COPY'],
  ['XYZZY', undefined],
  ['RUN', undefined],
  ['A', undefined],
];
for (const [word, want] of suggestions) void test(`closest(${word})`, () => assert.equal(closest(word, names), want));

void test('closest honours case sensitivity and the edit limit', () => {
  assert.equal(closest('path', ['PATH'], false), undefined);
  assert.equal(closest('GOPATH', ['PATH'], false), 'PATH');
  assert.equal(closest('GOPATH', ['PATH'], false, 1), undefined);
});
