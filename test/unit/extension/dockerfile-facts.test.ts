import { test } from 'node:test';
import assert from 'node:assert/strict';
import { parse } from '../../../core/parser/index';
import {
  buildLensLine,
  declaredArgs,
  exposedPorts,
  instructionSpanAt,
  runLensLine,
  targetableStages,
} from '../../../client/extension/core/dockerfile-facts';

const seed = 'FROM alpine\nRUN command\nCMD ["echo", "hello"]\n';
const multiStage = [
  'ARG BASE=alpine',
  'FROM ${BASE} AS build',
  'ARG VERSION="1.0 beta" TOKEN',
  'WORKDIR /src',
  'RUN echo build \\',
  '    && echo more',
  'FROM alpine AS final',
  'ENV A=1',
  'EXPOSE 80 53/udp 8000-8010 $PORT',
  'COPY --from=build /src /app',
  'ENTRYPOINT ["/app/run"]',
  'CMD ["--serve"]',
  '',
].join('\n');

void test('lens lines', async (t) => {
  const cases: { name: string; input: string; want: [number | undefined, number | undefined] }[] = [
    { name: 'the seed: Build on FROM, Run on CMD', input: seed, want: [0, 2] },
    { name: 'two CMDs: Run on the effective (last) one', input: 'FROM alpine\nCMD ["a"]\nCMD ["b"]\n', want: [0, 2] },
    { name: 'no CMD or ENTRYPOINT: Run on the first FROM', input: 'FROM alpine\nRUN true\n', want: [0, 0] },
    {
      name: 'a CMD in an earlier stage does not count',
      input: 'FROM alpine AS a\nCMD ["x"]\nFROM alpine\nRUN true\n',
      want: [0, 0],
    },
    { name: 'multi-stage: last of ENTRYPOINT/CMD in the final stage', input: multiStage, want: [1, 11] },
    { name: 'global ARG before FROM: Build still on FROM', input: 'ARG X=1\nFROM alpine\n', want: [1, 1] },
    { name: 'no FROM: no lenses', input: 'RUN echo\n', want: [undefined, undefined] },
  ];
  for (const { name, input, want } of cases) {
    await t.test(name, () => {
      const ast = parse(input);
      assert.deepEqual([buildLensLine(ast), runLensLine(ast)], want);
    });
  }
});

void test('declared ARGs with defaults, quotes removed, first default wins', () => {
  assert.deepEqual(declaredArgs(parse(multiStage)), [
    { name: 'BASE', defaultValue: 'alpine' },
    { name: 'VERSION', defaultValue: '1.0 beta' },
    { name: 'TOKEN', defaultValue: undefined },
  ]);
  assert.deepEqual(declaredArgs(parse('FROM a\nARG X\nARG X=2\n')), [{ name: 'X', defaultValue: '2' }]);
});

void test('targetable stages are the named ones', () => {
  assert.deepEqual(targetableStages(parse(multiStage)), ['build', 'final']);
  assert.deepEqual(targetableStages(parse(seed)), []);
});

void test('exposed ports of the final stage, variables and ranges kept out where unusable', () => {
  assert.deepEqual(exposedPorts(parse(multiStage)), ['80', '53/udp', '8000-8010']);
  assert.deepEqual(exposedPorts(parse('FROM a\nEXPOSE 1\nFROM b\n')), []);
});

void test('instruction span covers continuation lines', () => {
  const ast = parse(multiStage);
  assert.deepEqual(instructionSpanAt(ast, 4), { startLine: 4, endLine: 5 });
  assert.equal(instructionSpanAt(ast, 5), undefined);
});
