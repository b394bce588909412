// Step numbering on the real engines: every step a build reports maps to the line of its instruction, and a build
// shows as many steps as planned (Docker's classic builder, BuildKit and Podman count differently).
import assert from 'node:assert/strict';
import { randomBytes } from 'node:crypto';
import { after, describe, it } from 'node:test';
import { plannedStepCount } from '../../../core/dockerfile/steps';
import { parse } from '../../../core/parser/index';
import { planBuild, type BuilderKind } from '../../../client/engine/build';
import { describeEngines, testLabelKey, testRunId, type EngineSuite } from '../../support/engines';
import { build, instructionSteps, makeContext, removeContexts } from './helpers';

after(removeContexts);

describeEngines('step numbering', (suite) => {
  const builders: BuilderKind[] = suite.engine.name === 'docker' ? ['classic', 'buildkit'] : ['classic'];
  for (const builder of builders) void describe(`${builder} builder`, () => numberingTests(suite, builder));
});

/** Global ARGs, a stage the target does not need, one from scratch, one built on another, and ten BuildKit steps. */
function dockerfile(base: string): string {
  const nonce = randomBytes(6).toString('hex');
  return [
    'ARG FIRST=1',
    'ARG SECOND=2 THIRD=3',
    `FROM ${base} AS tools`,
    'ARG FIRST',
    'ENV TOOL=1',
    `RUN echo tools $FIRST # ${nonce}`,
    `FROM ${base} AS unused`,
    `RUN echo unused # ${nonce}`,
    'FROM scratch AS files',
    `LABEL ${testLabelKey}=${testRunId}`, // the stage's image has no base to inherit the label that cleanup looks for
    'COPY Dockerfile /copied',
    'FROM tools',
    'COPY --from=files /copied /copied',
    ...Array.from({ length: 8 }, (_, i) => `WORKDIR /w${i}`),
    `RUN echo final # ${nonce}`,
    'CMD ["echo", "hi"]',
    '',
  ].join('\n');
}

function numberingTests(suite: EngineSuite, builder: BuilderKind): void {
  for (const target of [undefined, 'tools']) {
    void it(`maps each step to its line; as many steps as planned (target ${target ?? 'none'})`, async () => {
      const text = dockerfile(suite.baseImage);
      const lines = text.split('\n');
      const plan = planBuild(suite.client, parse(text), builder);
      const { error, events } = await build(suite.client, makeContext({ Dockerfile: text }), {
        plan,
        ...(target ? { target } : {}),
      });
      assert.ifError(error);
      const steps = instructionSteps(events);
      for (const step of steps) {
        const shown = step.name.replace(/^\[[^\]]*\] /, '');
        if (step.line === undefined) {
          // The classic builders add a step of their own for the build's --label.
          assert.match(shown, new RegExp(`^LABEL "?${testLabelKey}`), `unmapped step ${step.name}`);
          continue;
        }
        const line = lines[step.line] ?? '';
        assert.equal(shown.split(' ')[0], line.split(' ')[0], `${step.name} → line ${step.line}: ${line}`);
        // FROM and RUN are shown rewritten (image IDs, expanded ARGs); the others as written.
        if (!/^(FROM|RUN) /.test(line)) assert.equal(shown, line, `${step.name} → line ${step.line}`);
      }
      const mapped = steps.filter((step) => step.line !== undefined);
      assert.equal(mapped.length, plannedStepCount(parse(text), plan.numbering, target), JSON.stringify(steps));
    });
  }
}
