import { test } from 'node:test';
import assert from 'node:assert/strict';
import { planLenses, type LensFacts } from '../../../client/extension/core/lens-plan';

const base: LensFacts = {
  buildLine: 0,
  runLine: 2,
  builtImage: undefined,
  changedSinceBuild: true,
  running: false,
  trusted: true,
};

void test('lens plan', async (t) => {
  const cases: { name: string; facts: Partial<LensFacts>; want: string[] }[] = [
    {
      name: 'never built: Build & Run',
      facts: {},
      want: ['build@0', 'buildAndRun@2', 'runWithOptions@2', 'runInteractive@2'],
    },
    {
      name: 'built and unchanged: Run names the image',
      facts: { builtImage: 'me/hello:1.0', changedSinceBuild: false },
      want: ['build@0', 'run@2:me/hello:1.0', 'runWithOptions@2', 'runInteractive@2'],
    },
    {
      name: 'built, then edited: Build & Run again',
      facts: { builtImage: 'a1b2c3d4e5f6', changedSinceBuild: true },
      want: ['build@0', 'buildAndRun@2', 'runWithOptions@2', 'runInteractive@2'],
    },
    {
      name: 'running: the run lens becomes Stop',
      facts: { builtImage: 'a1b2c3d4e5f6', changedSinceBuild: false, running: true },
      want: ['build@0', 'stop@2:a1b2c3d4e5f6'],
    },
    {
      name: 'no CMD: everything on the FROM line',
      facts: { runLine: 0 },
      want: ['build@0', 'buildAndRun@0', 'runWithOptions@0', 'runInteractive@0'],
    },
    { name: 'no FROM: no lenses', facts: { buildLine: undefined, runLine: undefined }, want: [] },
    {
      name: 'untrusted: Build and Run say they need trust, even for a built image',
      facts: { trusted: false, builtImage: 'me/hello:1.0', changedSinceBuild: false },
      want: ['buildUntrusted@0', 'runUntrusted@2'],
    },
    { name: 'untrusted, no FROM: no lenses', facts: { trusted: false, buildLine: undefined }, want: [] },
  ];
  for (const { name, facts, want } of cases) {
    await t.test(name, () => {
      const got = planLenses({ ...base, ...facts }).map((l) => `${l.kind}@${l.line}${l.image ? `:${l.image}` : ''}`);
      assert.deepEqual(got, want);
    });
  }
});
