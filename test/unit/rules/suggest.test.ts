import assert from 'node:assert/strict';
import { test } from 'node:test';
import fc from 'fast-check';
import { closest, editDistance, SuggestionBudget } from '../../../core/rules/suggest';

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

void test('a candidate equal to the word means nothing to suggest, wherever it stands', () => {
  assert.equal(closest('Run', ['RUNS', 'RUN']), undefined);
  assert.equal(closest('RUNN', ['RUN', 'RUNN']), undefined);
});

void test('long words cost time in proportion to their length, not its square', () => {
  const long = 'x'.repeat(1_000_000);
  const started = process.hrtime.bigint();
  assert.equal(closest(long, [long.slice(1), 'RUN', `${long}yz`]), long.slice(1));
  assert.equal(editDistance(long, `${long}abc`, 2), 3);
  const names = Array.from({ length: 60 }, (_, i) => `${'N'.repeat(300)}${i}`);
  for (const name of names) closest(`${name}X`, names, false);
  // Generous: the quadratic version took seconds and gigabytes here.
  assert.ok(Number(process.hrtime.bigint() - started) / 1e6 < 2000);
});

/** The textbook optimal string alignment distance, as the reference. */
function reference(a: string, b: string): number {
  const d = Array.from({ length: a.length + 1 }, (_, i) => Array.from({ length: b.length + 1 }, (_, j) => i + j));
  const at = (i: number, j: number): number => d[i]?.[j] ?? Infinity;
  for (let i = 1; i <= a.length; i++) {
    for (let j = 1; j <= b.length; j++) {
      const cost = a[i - 1] === b[j - 1] ? 0 : 1;
      let best = Math.min(at(i - 1, j) + 1, at(i, j - 1) + 1, at(i - 1, j - 1) + cost);
      if (i > 1 && j > 1 && a[i - 1] === b[j - 2] && a[i - 2] === b[j - 1]) best = Math.min(best, at(i - 2, j - 2) + 1);
      (d[i] as number[])[j] = best;
    }
  }
  return at(a.length, b.length);
}

void test('the banded distance agrees with the textbook one, capped at limit + 1', () => {
  const word = fc.string({ unit: fc.constantFrom('a', 'b', 'c'), maxLength: 9 });
  fc.assert(
    fc.property(word, word, fc.integer({ min: 0, max: 5 }), (a, b, limit) => {
      assert.equal(editDistance(a, b, limit), Math.min(reference(a, b), limit + 1));
      assert.equal(editDistance(a, b), reference(a, b));
    }),
    { numRuns: 3000 },
  );
});

void test('the searches of one document share a budget: once it is spent, nothing more is suggested', () => {
  const names = Array.from({ length: 5000 }, (_, i) => `${'N'.repeat(300)}${i}`);
  const shared = new SuggestionBudget();
  let searches = 0;
  while (closest(`${'N'.repeat(300)}x1`, names, false, 2, shared) !== undefined) searches++;
  assert.ok(searches > 0, 'the first searches suggest');
  assert.ok(shared.remaining <= 0);
  assert.equal(closest(`${'N'.repeat(300)}x1`, names, false, 2, new SuggestionBudget()), `${'N'.repeat(300)}1`);
});
