// Faults a run meets, against each real engine: each gives a clear RunError, keeps the output received, strands nothing.
import assert from 'node:assert/strict';
import net from 'node:net';
import { it } from 'node:test';
import { EngineClient } from '../../../client/engine/client';
import { resolveEngineEndpoint } from '../../../client/engine/connection';
import { isRunError, shortId, type RunError } from '../../../client/engine/containers';
import { runContainer } from '../../../client/engine/run';
import { describeEngines, importBaseImage, testLabelKey, testRunId, type EngineSuite } from '../../support/engines';
import { Collected, containerGone, runOptions } from './support';
import { SocketProxy } from './proxy';

function runError(kind: RunError['kind'], check: (err: RunError) => void = () => undefined) {
  return (err: unknown): boolean => {
    if (!isRunError(err)) throw err;
    assert.equal(err.kind, kind, err.message);
    check(err);
    return true;
  };
}

describeEngines('run faults', (suite) => {
  void it('an image that does not exist: clear message naming it, in English and Korean, no container', async () => {
    const image = `dfs-test/missing:${testRunId}`;
    const before = await suite.resources.labelledContainers();
    await assert.rejects(
      runContainer(suite.client, runOptions(suite, { image }), () => undefined),
      runError('image-missing', (err) => {
        assert.match(err.message, new RegExp(`The image "${image}" does not exist`));
        assert.match(err.hint ?? '', /Build the Dockerfile again/);
        assert.match(err.localized('ko').message, /이미지 .* 없습니다/);
      }),
    );
    assert.deepEqual(await suite.resources.labelledContainers(), before);
  });

  void it('an image that no longer exists (removed after it was built) gets the same clear message', async () => {
    const tag = `dfs-test/removed-${suite.engine.name}:${testRunId}`;
    await importBaseImage(suite.client, tag);
    (await suite.client.request('DELETE', `/images/${encodeURIComponent(tag)}`)).body.resume();
    await assert.rejects(
      runContainer(suite.client, runOptions(suite, { image: tag }), () => undefined),
      runError('image-missing'),
    );
  });

  void it("a bad CMD path: start fails with the engine's own message, and no container is left", async () => {
    let containerId = '';
    const opts = runOptions(suite, { cmd: ['/no/such/program'], onContainer: (id) => (containerId = id) });
    await assert.rejects(
      runContainer(suite.client, opts, () => undefined),
      runError('start-failed', (err) => {
        assert.match(err.engineMessage ?? '', /\/no\/such\/program/, 'the engine message is kept');
        assert.match(err.message, /The container could not start: .*\/no\/such\/program/);
        assert.match(err.hint ?? '', /CMD or ENTRYPOINT/);
      }),
    );
    assert.ok(containerId && (await containerGone(suite.client, containerId)));
  });

  void it('a host port another program listens on: port-in-use naming the port, no container left', async () => {
    const server = await listen();
    const port = (server.address() as net.AddressInfo).port;
    let containerId = '';
    try {
      await withPortNetwork(suite, async (network) => {
        const opts = runOptions(suite, {
          network,
          ports: [`${port}:80`],
          cmd: ['echo', 'published'],
          onContainer: (id) => (containerId = id),
        });
        await assert.rejects(
          runContainer(suite.client, opts, () => undefined),
          runError('port-in-use', (err) => {
            assert.match(err.message, new RegExp(`Port ${port} on this machine is already in use`));
            assert.match(err.hint ?? '', new RegExp(`-p ${port + 1}:80`));
            assert.match(err.localized('ko').message, new RegExp(`포트 ${port}`));
          }),
        );
      });
    } finally {
      server.close();
    }
    assert.ok(containerId && (await containerGone(suite.client, containerId)));
  });

  void it('a host port published twice: the second run gets port-in-use, the first is unharmed', async () => {
    const port = await freePort();
    await withPortNetwork(suite, async (network) => {
      const controller = new AbortController();
      const first = new Collected();
      const opts = runOptions(suite, { network, ports: [`${port}:80`], stopTimeoutSeconds: 1 });
      let firstId = '';
      const firstOpts = {
        ...opts,
        cmd: ['sh', '-c', 'echo first; sleep 300'],
        signal: controller.signal,
        onContainer: (id: string) => (firstId = id),
      };
      const running = runContainer(suite.client, firstOpts, first.sink);
      running.catch(() => undefined);
      await first.waitFor('first');
      await assert.rejects(
        runContainer(suite.client, { ...opts, cmd: ['echo', 'second'] }, () => undefined),
        runError('port-in-use'),
      );
      const state = await suite.client.json<{ State: { Running: boolean } }>('GET', `/containers/${firstId}/json`);
      assert.equal(state.State.Running, true, 'the first container still runs');
      controller.abort();
      await assert.rejects(running, runError('cancelled'));
    });
  });

  void it('the engine going away mid-run: engine-gone, output so far kept, and the hint names the container', async () => {
    const proxy = await SocketProxy.start(suite.engine.host);
    const client = await EngineClient.connect(resolveEngineEndpoint({ host: proxy.host }));
    let containerId = '';
    const out = new Collected();
    try {
      const opts = runOptions(suite, {
        cmd: ['sh', '-c', 'echo before; sleep 300'],
        onContainer: (id) => (containerId = id),
      });
      const running = runContainer(client, opts, out.sink);
      running.catch(() => undefined);
      await out.waitFor('before');
      await proxy.cut();
      await assert.rejects(
        running,
        runError('engine-gone', (err) => {
          assert.equal(err.containerId, containerId);
          assert.match(err.message, /connection to the engine was lost/);
          assert.match(err.hint ?? '', new RegExp(`${suite.engine.name} rm -f ${shortId(containerId)}`));
        }),
      );
      assert.equal(out.text('stdout'), 'before\n', 'the output received before the loss is kept');
    } finally {
      client.close();
      await proxy.cut();
    }
    // We could not remove it through the cut connection: it is still on the engine, as the hint says. Clean up directly.
    assert.equal(await containerGone(suite.client, containerId), false);
    (await suite.client.request('DELETE', `/containers/${containerId}`, { query: { force: true } })).body.resume();
  });
});

function listen(port = 0): Promise<net.Server> {
  return new Promise((resolve, reject) => {
    const server = net.createServer();
    server.once('error', reject);
    server.listen(port, '0.0.0.0', () => resolve(server));
  });
}

async function freePort(): Promise<number> {
  const server = await listen();
  const port = (server.address() as net.AddressInfo).port;
  await new Promise((resolve) => server.close(resolve));
  return port;
}

/**
 * Ports can only be published on a network with a bridge. The Docker engine here runs with --bridge=none, so its
 * default network is "none" and publishing is silently ignored: the test creates (and removes) a labelled bridge
 * network of its own. Podman's default network is a bridge.
 */
async function withPortNetwork(suite: EngineSuite, body: (network: string) => Promise<void>): Promise<void> {
  if (suite.engine.name === 'podman') return body('default');
  const name = `dfs-test-net-${testRunId}`;
  await suite.client.json('POST', '/networks/create', {
    body: { Name: name, Driver: 'bridge', Labels: { [testLabelKey]: testRunId } },
  });
  try {
    await body(name);
  } finally {
    (await suite.client.request('DELETE', `/networks/${name}`)).body.resume();
  }
}
