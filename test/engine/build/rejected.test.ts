// What the checker reports as an error, the real builder rejects: each Dockerfile here gets an error finding from
// `checkDocument`, and the engine's BuildKit fails the build (Docker 20.10's BuildKit here; Podman's Buildah too).
import assert from 'node:assert/strict';
import { after, it } from 'node:test';
import { checkDocument } from '../../../core/check';
import { describeEngines } from '../../support/engines';
import { build, makeContext, removeContexts } from './helpers';

after(removeContexts);

interface RejectedCase {
  name: string;
  /** The Dockerfile; `BASE` stands for the suite's imported busybox image. */
  dockerfile: string;
  code: string;
  /** Set when this engine's (older) BuildKit still builds it, though current BuildKit rejects it: why. */
  olderBuildKitAccepts?: string;
}

const CASES: RejectedCase[] = [
  { name: 'an empty Dockerfile', dockerfile: '', code: 'NoFromInstruction' },
  { name: 'a Dockerfile with only comments', dockerfile: '# nothing here\n', code: 'NoFromInstruction' },
  {
    name: 'COPY --from its own stage',
    dockerfile: 'FROM BASE AS app\nCOPY --from=app /bin/sh /sh2\n',
    code: 'InvalidStageReference',
  },
  {
    name: 'COPY --from a later stage',
    dockerfile: 'FROM BASE AS app\nCOPY --from=later /bin/sh /sh2\nFROM BASE AS later\nRUN true\n',
    code: 'InvalidStageReference',
    olderBuildKitAccepts:
      "Docker 20.10's BuildKit orders stages by their dependencies; current BuildKit dispatches them in file order and " +
      'fails with "cannot copy from stage …, it needs to be defined before current stage" (docs/engine-facts.md)',
  },
  {
    name: 'two stages that copy from each other',
    dockerfile: 'FROM BASE AS a\nCOPY --from=b /bin/sh /x\nFROM BASE AS b\nCOPY --from=a /bin/sh /y\n',
    code: 'InvalidStageReference',
  },
  {
    name: 'a stage index past the last stage',
    dockerfile: 'FROM BASE\nCOPY --from=3 /bin/sh /x\n',
    code: 'InvalidStageReference',
  },
];

describeEngines(
  'the builder rejects what the checker calls an error',
  (suite) => {
    for (const c of CASES) {
      void it(c.name, async () => {
        const dockerfile = c.dockerfile.replaceAll('BASE', suite.baseImage);
        const errors = checkDocument(dockerfile).filter((f) => f.severity === 'error');
        assert.deepEqual(
          errors.map((f) => f.code),
          [c.code],
        );
        const dir = makeContext({ Dockerfile: dockerfile });
        const { error, result } = await build(suite.client, dir, { builder: 'buildkit' });
        if (result) suite.resources.trackImage(result.imageId);
        if (c.olderBuildKitAccepts) assert.ok(result, `${c.olderBuildKitAccepts}: ${String(error)}`);
        else assert.ok(error, `the build of ${JSON.stringify(dockerfile)} succeeded`);
      });
    }
  },
  { engines: ['docker'] },
);
