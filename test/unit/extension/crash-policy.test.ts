import { test } from 'node:test';
import assert from 'node:assert/strict';
import { CrashPolicy } from '../../../client/extension/core/crash-policy';

const minute = 60_000;

void test('crash policy', async (t) => {
  const cases: { name: string; crashesAt: number[]; want: boolean[] }[] = [
    { name: 'allows restarts below the limit', crashesAt: [0, 1, 2, 3], want: [true, true, true, true] },
    {
      name: 'gives up at the fifth crash within three minutes',
      crashesAt: [0, 1, 2, 3, 4],
      want: [true, true, true, true, false],
    },
    {
      name: 'forgets crashes older than the window',
      crashesAt: [0, 1, 2, 3, 4 * minute, 4 * minute + 1],
      want: [true, true, true, true, true, true],
    },
    {
      name: 'stays given up while crashes keep coming',
      crashesAt: [0, 1, 2, 3, 4, 5],
      want: [true, true, true, true, false, false],
    },
  ];
  for (const { name, crashesAt, want } of cases) {
    await t.test(name, () => {
      const policy = new CrashPolicy({ maxCrashes: 5, windowMs: 3 * minute });
      assert.deepEqual(
        crashesAt.map((at) => policy.recordCrash(at)),
        want,
      );
    });
  }
});
