// Ctrl-C on `dockerfile-studio build` cancels the build in the engine, with either builder: after the RUN would have
// ended, no image carries the tag and no build container is left (the CLI and the extension share this cancel path).
import assert from 'node:assert/strict';
import { randomBytes } from 'node:crypto';
import { after, it } from 'node:test';
import { main as cli } from '../../../client/cli/main';
import { describeEngines, testLabel, type EngineSuite } from '../../support/engines';
import { fakeIo } from '../../unit/cli/fake-io';
import { buildFolder, eventually, makeContext, removeContexts } from './helpers';

after(removeContexts);

const SLEEP_SECONDS = 30;

async function cancelledBuild(suite: EngineSuite, builder: 'classic' | 'buildkit', tag: string): Promise<number> {
  const dir = makeContext({
    Dockerfile: `FROM ${suite.baseImage}\nRUN echo started-${builder} && sleep ${SLEEP_SECONDS} # ${randomBytes(6).toString('hex')}\n`,
  });
  const io = fakeIo({ env: { DOCKER_HOST: suite.engine.host } });
  const argv = ['build', '--builder', builder, '--network', 'none', '--label', testLabel, '-t', tag, dir];
  const code = cli(argv, io);
  const deadline = Date.now() + 60000;
  while (!io.err().includes(`started-${builder}`) && Date.now() < deadline)
    await new Promise((resolve) => setTimeout(resolve, 50));
  assert.ok(io.err().includes(`started-${builder}`), `the RUN started:\n${io.err()}`);
  io.signal('SIGINT');
  return code;
}

async function tagged(suite: EngineSuite, tag: string): Promise<boolean> {
  return suite.client.json('GET', `/images/${encodeURIComponent(tag)}/json`).then(
    () => true,
    () => false,
  );
}

describeEngines(
  'build cancel from the CLI',
  (suite) => {
    void it(`Ctrl-C mid-RUN (sleep ${SLEEP_SECONDS}) stops both builders: nothing tagged after it, no container left`, async () => {
      const before = await suite.resources.leftoverContainers();
      const tags = {
        classic: `dfs-test/cancel-classic:${randomBytes(4).toString('hex')}`,
        buildkit: `dfs-test/cancel-buildkit:${randomBytes(4).toString('hex')}`,
      };
      const started = Date.now();
      const codes = await Promise.all([
        cancelledBuild(suite, 'classic', tags.classic),
        cancelledBuild(suite, 'buildkit', tags.buildkit),
      ]);
      assert.deepEqual(codes, [130, 130], 'both builds report the cancel (exit 130)');
      // Wait until the RUN would have finished, and a little more for the engine to commit and tag if it went on.
      const waitMs = SLEEP_SECONDS * 1000 + 5000 - (Date.now() - started);
      if (waitMs > 0) await new Promise((resolve) => setTimeout(resolve, waitMs));
      assert.equal(await tagged(suite, tags.classic), false, 'the classic build tagged nothing');
      assert.equal(await tagged(suite, tags.buildkit), false, 'the BuildKit build tagged nothing');
      const clean = await eventually(async () => (await suite.resources.leftoverContainers()).length <= before.length);
      assert.ok(clean, `containers left: ${(await suite.resources.leftoverContainers()).join(', ')}`);
    });
  },
  { engines: ['docker'] },
);

describeEngines(
  'build cancel through a signal, the engine connection kept open (as the extension keeps it)',
  (suite) => {
    void it(`abort mid-RUN (sleep ${SLEEP_SECONDS}) stops both builders in the engine: nothing tagged after it`, async () => {
      const before = await suite.resources.leftoverContainers();
      const started = Date.now();
      const outcomes = await Promise.all(
        (['classic', 'buildkit'] as const).map(async (builder) => {
          const tag = `dfs-test/abort-${builder}:${randomBytes(4).toString('hex')}`;
          const dir = makeContext({
            Dockerfile: `FROM ${suite.baseImage}\nRUN echo started && sleep ${SLEEP_SECONDS} # ${randomBytes(6).toString('hex')}\n`,
          });
          const controller = new AbortController();
          const { error } = await buildFolder(
            suite.client,
            dir,
            { builder, signal: controller.signal, tags: [tag] },
            (e) => {
              if (e.type === 'log' && e.text === 'started') controller.abort();
            },
          );
          return { builder, tag, error };
        }),
      );
      for (const { builder, error } of outcomes)
        assert.equal((error as { kind?: string }).kind, 'cancelled', `${builder}: ${String(error)}`);
      const waitMs = SLEEP_SECONDS * 1000 + 5000 - (Date.now() - started);
      if (waitMs > 0) await new Promise((resolve) => setTimeout(resolve, waitMs));
      for (const { builder, tag } of outcomes)
        assert.equal(await tagged(suite, tag), false, `${builder} tagged nothing`);
      const clean = await eventually(async () => (await suite.resources.leftoverContainers()).length <= before.length);
      assert.ok(clean, `containers left: ${(await suite.resources.leftoverContainers()).join(', ')}`);
    });
  },
  { engines: ['docker'] },
);
