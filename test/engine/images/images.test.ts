// The Images view's engine calls on each real engine: a fresh build's history links every layer to its Dockerfile line
// (classic and BuildKit), the image lists, removing refuses an image a container uses, our runs' containers and logs.
import assert from 'node:assert/strict';
import { after, it } from 'node:test';
import { containerLogs, listContainers } from '../../../client/engine/container-list';
import { imageHistory } from '../../../client/engine/image-history';
import { ImageRemoveError, listImages, removeImage } from '../../../client/engine/image-list';
import { runContainer } from '../../../client/engine/run';
import { runLabels } from '../../../client/engine/run-label';
import { linkHistory, recordBuild } from '../../../client/extension/core/layer-links';
import { parse } from '../../../core/parser/index';
import { describeEngines, testLabelKey, testRunId, type EngineSuite } from '../../support/engines';
import { build, makeContext, removeContexts } from '../build/helpers';
import { runOptions } from '../run/support';

after(removeContexts);

/** Builds `text` without the `labels` build option (it adds a step of its own); the base image's label is inherited. */
async function buildTagged(suite: EngineSuite, text: string, tag: string, builder: 'classic' | 'buildkit') {
  const outcome = await build(suite.client, makeContext({ Dockerfile: text }), { tags: [tag], builder, labels: {} });
  assert.ok(outcome.result, `the build succeeded: ${String(outcome.error)}`);
  suite.resources.trackImage(outcome.result.imageId);
  return outcome.result;
}

describeEngines('images view', (suite) => {
  const builders = suite.engine.name === 'docker' ? (['classic', 'buildkit'] as const) : (['classic'] as const);
  for (const builder of builders)
    void it(`links each layer of a fresh ${builder} build to its Dockerfile line`, async () => {
      const nonce = `${testRunId}-${builder}`;
      const text = `FROM ${suite.baseImage}\nARG X=1\nRUN echo ${nonce} > /a.txt\nENV Y=2\nCMD ["echo", "hello"]\n`;
      const tag = `dfs-test/layers-${suite.engine.name}-${builder}:${testRunId}`;
      const result = await buildTagged(suite, text, tag, builder);
      const record = recordBuild(parse(text), undefined, {
        imageId: result.imageId,
        dockerfile: 'file:///w/Dockerfile',
        builder: result.builder,
        steps: result.steps,
        builtAt: Date.now(),
      });
      const linked = linkHistory(await imageHistory(suite.client, result.imageId), record);
      assert.deepEqual(
        linked.filter((layer) => !layer.fromBase).map((layer) => [layer.line, layer.instruction.split(' ')[0]]),
        [
          [4, 'CMD'],
          [3, 'ENV'],
          [2, 'RUN'],
          [1, 'ARG'],
        ],
      );
      assert.ok(linked.at(-1)?.fromBase && linked.at(-1)?.line === 0, 'the base layer links to FROM');
      assert.equal(linked.find((layer) => layer.line === 2)?.instruction, `RUN echo ${nonce} > /a.txt`);
      if (suite.engine.name === 'docker' && builder === 'classic') {
        const run = linked.find((layer) => layer.line === 2);
        assert.match(run?.source?.containerId ?? '', /^[0-9a-f]{12}$/, "the step's temporary container");
        assert.ok(run?.entry.id?.includes(run.source?.imageId ?? '?'), 'the history names the intermediate image');
      }
    });

  void it('lists the tagged image, and refuses to remove it while a container uses it', async () => {
    const tag = `dfs-test/in-use-${suite.engine.name}:${testRunId}`;
    const result = await buildTagged(suite, `FROM ${suite.baseImage}\nCMD ["echo", "hello"]\n`, tag, 'classic');
    const listed = (await listImages(suite.client)).find((image) => image.id === result.imageId);
    assert.ok(listed, 'the image is listed');
    assert.ok(
      listed.tags.some((t) => t.endsWith(tag)),
      `${tag} in ${listed.tags.join(', ')}`,
    );
    assert.ok(listed.size > 0 && listed.created > 0);
    const run = await runContainer(suite.client, runOptions(suite, { image: tag, keep: true }), () => undefined);
    suite.resources.trackContainer(run.containerId);
    const refused = await removeImage(suite.client, tag).then(
      () => undefined,
      (e: unknown) => e,
    );
    assert.ok(refused instanceof ImageRemoveError, String(refused));
    assert.equal(refused.kind, 'in-use');
    assert.ok(refused.message.includes(run.containerId.slice(0, 12)), refused.message);
    assert.ok((await listImages(suite.client)).some((image) => image.id === result.imageId), 'still there');
  });

  void it('removes an unused tag, and with it the image', async () => {
    const tag = `dfs-test/unused-${suite.engine.name}:${testRunId}`;
    const result = await buildTagged(suite, `FROM ${suite.baseImage}\nENV unused=${testRunId}\n`, tag, 'classic');
    const removed = await removeImage(suite.client, tag);
    assert.equal(removed.untagged.length, 1);
    assert.ok(removed.deleted.some((id) => id.includes(result.imageId.replace(/^sha256:/, ''))), JSON.stringify(removed));
    assert.ok(!(await listImages(suite.client)).some((image) => image.id === result.imageId));
  });

  void it("lists our runs' containers by their label, and reads a container's output", async () => {
    const labels = { ...runLabels, [testLabelKey]: testRunId };
    const cmd = ['sh', '-c', 'echo out; echo err >&2'];
    const run = await runContainer(suite.client, runOptions(suite, { cmd, keep: true, labels }), () => undefined);
    suite.resources.trackContainer(run.containerId);
    const listed = await listContainers(suite.client);
    const ours = listed.find((container) => container.id === run.containerId);
    assert.ok(ours, 'the container carries the run label');
    assert.equal(ours.state, 'exited');
    assert.ok(ours.name !== '' && !ours.name.startsWith('/'));
    const unlabelled = await runContainer(suite.client, runOptions(suite, { cmd: ['true'], keep: true }), () => undefined);
    suite.resources.trackContainer(unlabelled.containerId);
    assert.ok(!(await listContainers(suite.client)).some((container) => container.id === unlabelled.containerId));
    assert.equal((await containerLogs(suite.client, run.containerId)).split('\n').sort().join(','), ',err,out');
  });
});
