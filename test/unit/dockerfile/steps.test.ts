// Step numbers as each builder prints them, mapped back to instructions, and the planned step counts. Every case is a
// build seen on Docker 20.10 (classic and BuildKit) and Podman 4.3; see docs/engine-facts.md.
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { plannedStepCount, stepIndex, type StepNumbering } from '../../../core/dockerfile/steps';
import { parse } from '../../../core/parser/index';

const globalArgs = [
  'ARG A=1', //                              0  classic Step 1
  'ARG B=2 C=3', //                          1  classic Step 2 (one step for the instruction)
  'FROM base AS one', //                     2  classic 3, BuildKit [one 1/2], Podman [1/2] STEP 1
  'ARG A', //                                3  classic 4
  'ENV X=1', //                              4  classic 5
  'RUN echo one $A', //                      5  classic 6, BuildKit [one 2/2], Podman [1/2] STEP 4
  'FROM base', //                            6  classic 7, BuildKit [stage-1 1/3], Podman [2/2] STEP 1
  'WORKDIR /w', //                           7  BuildKit [stage-1 2/3]
  'LABEL l=1', //                            8  Podman [2/2] STEP 3
  'COPY --from=one /bin/busybox /x', //      9  BuildKit [stage-1 3/3]
  'CMD ["x"]', //                            10 classic 11, Podman [2/2] STEP 5
].join('\n');

const threeStages = [
  'ARG A=1',
  'FROM base AS one',
  'RUN echo one',
  'FROM base AS two',
  'RUN echo two',
  'FROM base AS three',
  'RUN echo three',
].join('\n');

const unusedStage = [
  'FROM base AS unused', //                  0  BuildKit and Podman skip this stage
  'RUN echo unused', //                      1
  'FROM base AS used', //                    2  BuildKit [used 1/2], Podman [2/3] STEP 1
  'RUN echo used', //                        3
  'FROM used', //                            4  no BuildKit step: the base is a stage; Podman [3/3] STEP 1
  'RUN echo final', //                       5  BuildKit [stage-2 1/2]
  'COPY --from=used /bin/busybox /y', //     6  BuildKit [stage-2 2/2]
].join('\n');

const fromScratch = [
  'FROM scratch AS s', //                    0  no BuildKit step
  'COPY Dockerfile /x', //                   1  BuildKit [s 1/1]
  'FROM base',
  'COPY --from=s /x /y',
  'RUN echo z',
].join('\n');

const stageChain = [
  'FROM base AS a',
  'RUN echo a',
  'FROM a AS b',
  'WORKDIR /w',
  'ENV Q=1',
  'FROM b',
  'RUN echo c',
].join('\n');

const fromIndex = [
  'FROM base AS a',
  'RUN echo a',
  'FROM base AS b',
  'RUN echo b',
  'FROM base',
  'COPY --from=0 /bin/busybox /z',
  'RUN echo c',
].join('\n');

const mountFrom = [
  'FROM base AS a',
  'RUN echo a',
  'FROM base AS b',
  'RUN echo b',
  'FROM base',
  'RUN --mount=from=b,target=/m echo c',
].join('\n');

const lineOf = (instruction: { range: { start: { line: number } } } | undefined) => instruction?.range.start.line;

void describe('Docker classic Step n/m', () => {
  const cases: { name: string; input: string; target?: string; steps: [number, number | undefined][] }[] = [
    {
      name: 'the ARGs before FROM, one step per instruction, then every instruction',
      input: globalArgs,
      steps: [
        [1, 0],
        [2, 1],
        [3, 2],
        [4, 3],
        [7, 6],
        [11, 10],
        [12, undefined],
      ],
    },
    {
      name: 'stops at the target: a later step (the LABEL of --label) is no instruction',
      input: threeStages,
      target: 'two',
      steps: [
        [1, 0],
        [5, 4],
        [6, undefined],
      ],
    },
  ];
  for (const c of cases) {
    void it(c.name, () => {
      const index = stepIndex(parse(c.input), c.target);
      assert.deepEqual(
        c.steps.map(([n]) => [n, lineOf(index.dockerClassic(n))]),
        c.steps,
      );
    });
  }
});

void describe('Podman [stage/m] STEP n/k', () => {
  const cases: { name: string; input: string; steps: [number, number, number | undefined][] }[] = [
    {
      name: 'numbered within each stage, global ARGs left out',
      input: globalArgs,
      steps: [
        [1, 1, 2],
        [1, 4, 5],
        [2, 1, 6],
        [2, 5, 10],
        [2, 6, undefined],
      ],
    },
    { name: 'stages keep their place in the file when one is skipped', input: unusedStage, steps: [[3, 1, 4]] },
    {
      name: 'an instruction other than ARG before FROM counts as a stage',
      input: 'ARG A=1\nENV X=1\nFROM base AS one\nRUN echo one\nFROM base\nRUN echo two',
      steps: [
        [3, 1, 4],
        [3, 2, 5],
      ],
    },
  ];
  for (const c of cases) {
    void it(c.name, () => {
      const index = stepIndex(parse(c.input), undefined);
      assert.deepEqual(
        c.steps.map(([stage, n]) => [stage, n, lineOf(index.podman(stage, n))]),
        c.steps,
      );
    });
  }
});

void describe('BuildKit [stage k/n]', () => {
  const cases: { name: string; input: string; steps: [string | undefined, number, number | undefined][] }[] = [
    {
      name: 'FROM, RUN, COPY, ADD and WORKDIR are numbered; unnamed stages are stage-N',
      input: globalArgs,
      steps: [
        ['one', 1, 2],
        ['one', 2, 5],
        ['stage-1', 1, 6],
        ['stage-1', 2, 7],
        ['stage-1', 3, 9],
        ['stage-1', 4, undefined],
        ['stage-0', 1, undefined],
      ],
    },
    {
      name: 'a stage built on another stage has no FROM step',
      input: stageChain,
      steps: [
        ['a', 1, 0],
        ['b', 1, 3],
        ['stage-2', 1, 6],
      ],
    },
    { name: 'FROM scratch is no step', input: fromScratch, steps: [['s', 1, 1]] },
    {
      name: 'a one-stage file has no stage label',
      input: 'FROM base AS many\nRUN a\nRUN b',
      steps: [[undefined, 3, 2]],
    },
  ];
  for (const c of cases) {
    void it(c.name, () => {
      const index = stepIndex(parse(c.input), undefined);
      assert.deepEqual(
        c.steps.map(([label, k]) => [label, k, lineOf(index.buildKit(label, k))]),
        c.steps,
      );
    });
  }
});

void describe('plannedStepCount', () => {
  const cases: { name: string; input: string; target?: string; want: Record<StepNumbering, number> }[] = [
    { name: 'global ARGs', input: globalArgs, want: { 'docker-classic': 11, podman: 9, buildkit: 4 } },
    {
      name: 'up to the target',
      input: threeStages,
      target: 'TWO',
      want: { 'docker-classic': 5, podman: 2, buildkit: 2 },
    },
    { name: 'an unused stage', input: unusedStage, want: { 'docker-classic': 7, podman: 5, buildkit: 4 } },
    { name: 'FROM scratch', input: fromScratch, want: { 'docker-classic': 5, podman: 5, buildkit: 4 } },
    { name: 'stages built on stages', input: stageChain, want: { 'docker-classic': 7, podman: 7, buildkit: 4 } },
    { name: 'COPY --from=<index>', input: fromIndex, want: { 'docker-classic': 7, podman: 5, buildkit: 4 } },
    { name: 'RUN --mount=from=', input: mountFrom, want: { 'docker-classic': 6, podman: 4, buildkit: 3 } },
  ];
  for (const c of cases) {
    void it(c.name, () => {
      const ast = parse(c.input);
      const numberings: StepNumbering[] = ['docker-classic', 'podman', 'buildkit'];
      assert.deepEqual(Object.fromEntries(numberings.map((n) => [n, plannedStepCount(ast, n, c.target)])), c.want);
    });
  }
});
