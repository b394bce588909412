// Step names back to Dockerfile lines for each engine's numbering, and the features a classic builder cannot build.
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { buildKitOnlyFeatures, stepLocator } from '../../../client/engine/build-lines';
import { parse } from '../../../core/parser/index';

// Numbering verified on Debian's dockerd 20.10 (classic and BuildKit) and Podman 4.3 with this very file.
const multiStage = [
  'ARG V=1', //                                   0  classic Step 1
  'FROM base AS build', //                        1  classic 2, BuildKit [build 1/2], Podman [1/2] STEP 1
  'ARG V', //                                     2  classic 3 (BuildKit does not number ARG)
  'RUN echo build $V', //                         3  classic 4, BuildKit [build 2/2]
  'FROM base', //                                 4  classic 5, BuildKit [stage-1 1/3], Podman [2/2] STEP 1
  'COPY --from=build /bin/busybox /x', //         5  BuildKit [stage-1 2/3]
  'RUN echo two', //                              6  BuildKit [stage-1 3/3], Podman [2/2] STEP 3
  'CMD ["echo","hello"]', //                      7  classic 8
].join('\n');

void describe('stepLocator', () => {
  const locator = stepLocator(parse(multiStage), undefined);
  const classic = [
    { n: 1, want: 0 },
    { n: 2, want: 1 },
    { n: 3, want: 2 },
    { n: 5, want: 4 },
    { n: 8, want: 7 },
    { n: 9, want: undefined },
  ];
  for (const c of classic)
    void it(`Docker classic Step ${c.n} → line ${c.want}`, () => assert.equal(locator.classicStep(c.n), c.want));

  const podman = [
    { stage: 1, n: 1, want: 1 },
    { stage: 1, n: 3, want: 3 },
    { stage: 2, n: 1, want: 4 },
    { stage: 2, n: 4, want: 7 },
  ];
  for (const c of podman)
    void it(`Podman [${c.stage}/2] STEP ${c.n} → line ${c.want}`, () =>
      assert.equal(locator.podmanStep(c.stage, c.n), c.want));

  const buildKit = [
    { name: '[build 1/2] FROM docker.io/library/base:latest', want: 1 },
    { name: '[build 2/2] RUN echo build 1', want: 3 },
    { name: '[stage-1 1/3] FROM docker.io/library/base:latest', want: 4 },
    { name: '[stage-1 2/3] COPY --from=build /bin/busybox /x', want: 5 },
    { name: '[stage-1 3/3] RUN echo two', want: 6 },
    { name: '[internal] load remote build context', want: undefined },
    { name: 'exporting to image', want: undefined },
    { name: '[stage-1 3/3] COPY mismatched keyword', want: undefined },
  ];
  for (const c of buildKit)
    void it(`BuildKit "${c.name}" → line ${c.want}`, () => assert.equal(locator.buildKitVertex(c.name), c.want));

  void it('BuildKit numbers only FROM, RUN, COPY, ADD and WORKDIR (verified on the engine)', () => {
    const single = stepLocator(
      parse('FROM base\nENV A=1\nWORKDIR /w\nLABEL x=y\nADD a /a\nEXPOSE 80\nRUN true\n'),
      undefined,
    );
    assert.deepEqual(
      ['[1/4] FROM base', '[2/4] WORKDIR /w', '[3/4] ADD a /a', '[4/4] RUN true'].map((n) => single.buildKitVertex(n)),
      [0, 2, 4, 6],
    );
  });

  void it('BuildKit pads the step number to the width of the total: [ 1/11], [tens  1/11]', () => {
    const runs = Array.from({ length: 10 }, (_, i) => `RUN echo ${i}`);
    const single = stepLocator(parse(['FROM base AS tens', ...runs].join('\n')), undefined);
    assert.deepEqual(
      ['[ 1/11] FROM base', '[ 2/11] RUN echo 0', '[11/11] RUN echo 9'].map((n) => single.buildKitVertex(n)),
      [0, 1, 10],
    );
    const staged = stepLocator(parse(['FROM base AS tens', ...runs, 'FROM base'].join('\n')), undefined);
    assert.deepEqual(
      ['[tens  1/11] FROM base', '[tens  9/11] RUN echo 7', '[tens 10/11] RUN echo 8'].map((n) =>
        staged.buildKitVertex(n),
      ),
      [0, 8, 9],
    );
  });

  void it('Docker classic stops at the target stage: the step after it (--label) maps to no line', () => {
    const targeted = stepLocator(parse(multiStage), 'build');
    assert.deepEqual(
      [1, 4, 5].map((n) => targeted.classicStep(n)),
      [0, 3, undefined],
    );
  });
});

void describe('buildKitOnlyFeatures', () => {
  const table: { name: string; input: string; flavour?: 'docker' | 'podman'; want: [string, number][] }[] = [
    {
      name: 'a plain Dockerfile needs nothing',
      input: 'FROM base\nRUN echo hi\nCOPY --chown=1:1 --from=x a b\n',
      want: [],
    },
    { name: 'RUN --mount', input: 'FROM base\nRUN --mount=type=cache,target=/c make\n', want: [['RUN --mount', 1]] },
    {
      name: 'RUN --network and --security',
      input: 'FROM base\nRUN --network=none --security=insecure true\n',
      want: [
        ['RUN --network', 1],
        ['RUN --security', 1],
      ],
    },
    { name: 'heredoc', input: 'FROM base\nRUN <<EOF\necho hi\nEOF\n', want: [['RUN <<heredoc', 1]] },
    {
      name: 'COPY --link and --chmod',
      input: 'FROM base\nCOPY --link --chmod=644 a /a\n',
      want: [
        ['COPY --link', 1],
        ['COPY --chmod', 1],
      ],
    },
    { name: 'COPY --parents', input: 'FROM base\nCOPY --parents a/b /x\n', want: [['COPY --parents', 1]] },
    {
      name: 'ADD --checksum',
      input: 'FROM base\nADD --checksum=sha256:abc https://x/y /y\n',
      want: [['ADD --checksum', 1]],
    },
    {
      name: 'inside ONBUILD',
      input: 'FROM base\nONBUILD RUN --mount=type=tmpfs,target=/t true\n',
      want: [['RUN --mount', 1]],
    },
    {
      name: 'Podman (Buildah) builds RUN --mount and --chmod',
      input: 'FROM base\nRUN --mount=type=tmpfs,target=/t true\nCOPY --chmod=600 a /a\n',
      flavour: 'podman',
      want: [],
    },
    {
      name: 'Podman (Buildah 1.28) misreads heredocs and refuses --link',
      input: 'FROM base\nCOPY --link a /a\nRUN <<EOF\ntrue\nEOF\n',
      flavour: 'podman',
      want: [
        ['COPY --link', 1],
        ['RUN <<heredoc', 2],
      ],
    },
  ];
  for (const c of table) {
    void it(c.name, () =>
      assert.deepEqual(
        buildKitOnlyFeatures(parse(c.input), c.flavour).map((f) => [f.feature, f.line]),
        c.want,
      ),
    );
  }
});
