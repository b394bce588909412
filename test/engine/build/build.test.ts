// Builds on the real engines (Docker with both builders, Podman): image IDs, tags, cache hits, failures mapped to
// their Dockerfile line, BuildKit-only features, and cancel leaving no containers behind.
import assert from 'node:assert/strict';
import { randomBytes } from 'node:crypto';
import { after, describe, it } from 'node:test';
import { BuildError, type BuilderKind } from '../../../client/engine/build';
import { describeEngines, type EngineSuite } from '../../support/engines';
import { build, eventually, instructionSteps, makeContext, removeContexts } from './helpers';

after(removeContexts);

describeEngines('build', (suite) => {
  const builders: BuilderKind[] = suite.engine.name === 'docker' ? ['classic', 'buildkit'] : ['classic'];
  for (const builder of builders) void describe(`${builder} builder`, () => builderTests(suite, builder));
});

function builderTests(suite: EngineSuite, builder: BuilderKind): void {
  // BuildKit's cache outlives a test run (the base image's layer is the same bytes every time): a nonce keeps
  // steps that must run from being cache hits of an earlier run.
  const nonce = (): string => randomBytes(6).toString('hex');
  const tag = (name: string): string => `dfs-test/${name}-${builder}:${suite.baseImage.split(':')[1] ?? 'x'}`;

  void it("builds the seed's Dockerfile and reports its image ID", async () => {
    const dir = makeContext({ Dockerfile: `FROM ${suite.baseImage}\nCMD ["echo", "hello"]\n` });
    const { result, error } = await build(suite.client, dir, { builder });
    assert.ifError(error);
    assert.ok(result);
    assert.match(result.imageId, /^sha256:[0-9a-f]{64}$/);
    assert.equal(result.builder, builder);
    const image = await suite.client.json<{ Id: string; Config: { Cmd: string[] } }>(
      'GET',
      `/images/${result.imageId}/json`,
    );
    assert.equal(image.Id, result.imageId);
    assert.deepEqual(image.Config.Cmd, ['echo', 'hello']);
  });

  void it('tags the image, and a rebuild shows the RUN step as cached', async () => {
    const dir = makeContext({
      Dockerfile: `FROM ${suite.baseImage}\nRUN echo layer ${nonce()} > /layer.txt\nCMD ["cat", "/layer.txt"]\n`,
    });
    const first = await build(suite.client, dir, { builder, tags: [tag('cache')] });
    assert.ifError(first.error);
    const run = (steps: ReturnType<typeof instructionSteps>) => steps.find((s) => s.line === 1);
    assert.equal(run(instructionSteps(first.events))?.cached, false);
    const tagged = await suite.client.json<{ Id: string }>('GET', `/images/${encodeURIComponent(tag('cache'))}/json`);
    assert.equal(tagged.Id, first.result?.imageId);

    const second = await build(suite.client, dir, { builder, tags: [tag('cache')] });
    assert.ifError(second.error);
    assert.equal(run(instructionSteps(second.events))?.cached, true, 'the RUN step is reported as cached');
    assert.equal(second.result?.imageId, first.result?.imageId);
    const shown = second.events.flatMap((e) => (e.type === 'output' ? [e.text] : []));
    assert.ok(
      shown.some((line) => /CACHED|Using cache/.test(line)),
      'the output says so, as the engine shows it',
    );
  });

  void it("a failing RUN fails the build at its Dockerfile line, with the engine's message", async () => {
    const dir = makeContext({
      Dockerfile: `FROM ${suite.baseImage}\nRUN echo fine ${nonce()}\nRUN echo broken >&2 && exit 7\nCMD ["echo", "hello"]\n`,
    });
    const { error, events } = await build(suite.client, dir, { builder });
    assert.ok(error instanceof BuildError, String(error));
    assert.equal(error.kind, 'build');
    assert.equal(error.line, 2);
    assert.match(error.engineMessage ?? '', /7/);
    assert.ok(
      events.some((e) => e.type === 'log' && e.text === 'broken'),
      'the RUN output is shown',
    );
    assert.equal(instructionSteps(events).find((s) => s.line === 2)?.status, 'error');
  });

  if (builder === 'classic' && suite.engine.name === 'docker') {
    void it('refuses BuildKit-only features before building, naming the line', async () => {
      const dir = makeContext({
        Dockerfile: `FROM ${suite.baseImage}\nRUN --mount=type=tmpfs,target=/cache echo hi\n`,
      });
      const { error, events } = await build(suite.client, dir, { builder });
      assert.ok(error instanceof BuildError);
      assert.equal(error.kind, 'needs-buildkit');
      assert.equal(error.line, 1);
      assert.match(error.message, /RUN --mount/);
      assert.equal(events.length, 0, 'nothing was sent to the engine');
    });
  }

  if (builder === 'buildkit') {
    void it('builds RUN --mount=type=tmpfs with BuildKit', async () => {
      const dir = makeContext({
        Dockerfile: `FROM ${suite.baseImage}\nRUN --mount=type=tmpfs,target=/scratch touch /scratch/x && echo mounted # ${nonce()}\n`,
      });
      const { error, events } = await build(suite.client, dir, { builder });
      assert.ifError(error);
      assert.ok(events.some((e) => e.type === 'log' && e.text === 'mounted'));
    });
  }

  void it('cancel mid-build stops it and leaves no container behind', async () => {
    const before = await suite.resources.leftoverContainers();
    // Podman 4.3 lets a RUN finish after the client hangs up (its Buildah container goes when the RUN ends): keep it short.
    const sleep = suite.engine.name === 'podman' ? 5 : 60;
    const dir = makeContext({
      Dockerfile: `FROM ${suite.baseImage}\nRUN echo started && sleep ${sleep} # ${nonce()}\nCMD ["echo", "hello"]\n`,
    });
    const controller = new AbortController();
    const started = Date.now();
    const { error } = await build(
      suite.client,
      dir,
      { builder, signal: controller.signal, tags: [tag('cancelled')] },
      (event) => {
        if (event.type === 'log' && event.text === 'started') controller.abort();
      },
    );
    assert.equal((error as { kind?: string }).kind, 'cancelled', String(error));
    assert.ok(Date.now() - started < 30000, 'the build did not run to the end');
    const clean = await eventually(
      async () => (await suite.resources.leftoverContainers()).length <= before.length,
      30000,
    );
    assert.ok(clean, `containers left: ${(await suite.resources.leftoverContainers()).join(', ')}`);
    // Podman 4.3 goes on building after the client hangs up (verified): only Docker is expected not to commit.
    if (suite.engine.name === 'podman') return;
    const image = await suite.client.json('GET', `/images/${encodeURIComponent(tag('cancelled'))}/json`).then(
      () => 'exists',
      () => 'missing',
    );
    assert.equal(image, 'missing', 'the cancelled build was not committed');
  });
}
