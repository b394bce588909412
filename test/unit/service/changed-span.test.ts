// The span a whole-text change really touches: exact, as small as a line break allows, on texts long enough to be
// compared a block at a time.
import assert from 'node:assert/strict';
import { test } from 'node:test';
import fc from 'fast-check';
import { changedSpan } from '../../../server/changed-span';

const text = fc
  .array(fc.constantFrom('a', 'b', '\r', '\n', '\r\n', 'xyz'), { maxLength: 1500 })
  .map((parts) => parts.join(''));

function commonPrefix(a: string, b: string): number {
  let n = 0;
  while (n < a.length && n < b.length && a[n] === b[n]) n++;
  return n;
}

function commonSuffix(a: string, b: string, prefix: number): number {
  let n = 0;
  while (n < Math.min(a.length, b.length) - prefix && a[a.length - 1 - n] === b[b.length - 1 - n]) n++;
  return n;
}

void test('changedSpan: replacing the span gives the new text, the span is minimal and never splits a \\r\\n', () => {
  fc.assert(
    fc.property(text, fc.double({ min: 0, max: 1, noNaN: true }), fc.nat({ max: 40 }), text, (before, at, cut, put) => {
      const from = Math.floor(at * before.length);
      const after = before.slice(0, from) + put.slice(0, 40) + before.slice(from + cut);
      const { start, oldEnd, newEnd } = changedSpan(before, after);
      assert.equal(before.slice(0, start) + after.slice(start, newEnd) + before.slice(oldEnd), after);
      const prefix = commonPrefix(before, after);
      assert.ok(start === prefix || (start === prefix - 1 && before[start] === '\r'), `start ${start} of ${prefix}`);
      const suffix = commonSuffix(before, after, start);
      const kept = before.length - oldEnd;
      assert.ok(kept === suffix || (kept === suffix - 1 && before[oldEnd - 1] === '\n'), `suffix ${kept} of ${suffix}`);
      assert.equal(after.length - newEnd, kept);
      const splitsAtStart = before[start - 1] === '\r' && (before[start] === '\n' || after[start] === '\n');
      assert.ok(!splitsAtStart, 'the span starts inside a \r\n');
      assert.ok(!(before[oldEnd - 1] === '\r' && before[oldEnd] === '\n'), 'the span ends inside a \r\n');
    }),
    { numRuns: 2000 },
  );
});

void test('changedSpan: a change right after a long equal start or right before a long equal end', () => {
  for (const same of [1, 511, 512, 513, 1024, 1025]) {
    const head = 'a'.repeat(same);
    assert.deepEqual(changedSpan(`${head}b${'c'.repeat(700)}`, `${head}X${'c'.repeat(700)}`), {
      start: same,
      oldEnd: same + 1,
      newEnd: same + 1,
    });
    assert.deepEqual(changedSpan(`${'c'.repeat(700)}b${head}`, `${'c'.repeat(700)}XY${head}`), {
      start: 700,
      oldEnd: 701,
      newEnd: 702,
    });
  }
});
