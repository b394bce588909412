// Runs against each real engine: the seed's image, both streams and the exit code, large output, cancel, -it.
import assert from 'node:assert/strict';
import { createHash } from 'node:crypto';
import { it } from 'node:test';
import { isRunError } from '../../../client/engine/containers';
import { inspectImage } from '../../../client/engine/images';
import { runContainer, runInteractive } from '../../../client/engine/run';
import { describeEngines, testRunId } from '../../support/engines';
import { buildDockerfile, Collected, containerGone, runOptions } from './support';

describeEngines('run', (suite) => {
  void it("builds the seed's Dockerfile and runs it by ID prefix: prints exactly hello, exit 0, container gone", async () => {
    const imageId = await buildDockerfile(
      suite,
      `FROM ${suite.baseImage}\nCMD ["echo", "hello"]\n`,
      `dfs-test/seed-${suite.engine.name}:${testRunId}`,
    );
    const prefix = imageId.replace(/^sha256:/, '').slice(0, 12); // the seed copies the front of the ID
    const out = new Collected();
    const result = await runContainer(suite.client, runOptions(suite, { image: prefix }), out.sink);
    assert.equal(out.text('stdout'), 'hello\n');
    assert.equal(out.text('stderr'), '');
    assert.equal(result.exitCode, 0);
    assert.match(result.containerId, /^[0-9a-f]{64}$/);
    assert.ok(result.elapsedMs > 0);
    assert.ok(await containerGone(suite.client, result.containerId), 'the container was removed (--rm)');
  });

  void it('inspects images by tag or ID: their CMD and EXPOSEd ports; a missing image is a 404', async () => {
    const tag = `dfs-test/exposing-${suite.engine.name}:${testRunId}`;
    const imageId = await buildDockerfile(
      suite,
      `FROM ${suite.baseImage}\nEXPOSE 8080 53/udp\nCMD ["echo", "hello"]\n`,
      tag,
    );
    assert.equal((await inspectImage(suite.client, tag)).Id, imageId);
    await assert.rejects(inspectImage(suite.client, `dfs-test/never-built:${testRunId}`), { status: 404 });
    const image = await inspectImage(suite.client, imageId);
    assert.deepEqual(
      { id: image.Id, cmd: image.Config?.Cmd, ports: Object.keys(image.Config?.ExposedPorts ?? {}).sort() },
      { id: imageId, cmd: ['echo', 'hello'], ports: ['53/udp', '8080/tcp'] },
    );
  });

  void it('captures stdout and stderr separately and returns exit code 3', async () => {
    const out = new Collected();
    const cmd = ['sh', '-c', 'echo to-out; echo to-err >&2; echo more-out; exit 3'];
    const result = await runContainer(suite.client, runOptions(suite, { cmd }), out.sink);
    assert.equal(result.exitCode, 3);
    assert.equal(out.text('stdout'), 'to-out\nmore-out\n');
    assert.equal(out.text('stderr'), 'to-err\n');
    assert.ok(await containerGone(suite.client, result.containerId));
  });

  void it('keeps the container when asked, stopped, with its exit code', async () => {
    const result = await runContainer(
      suite.client,
      runOptions(suite, { cmd: ['sh', '-c', 'exit 4'], keep: true }),
      () => undefined,
    );
    suite.resources.trackContainer(result.containerId);
    const state = await suite.client.json<{ State: { Running: boolean; ExitCode: number } }>(
      'GET',
      `/containers/${result.containerId}/json`,
    );
    assert.deepEqual(
      { running: state.State.Running, exit: state.State.ExitCode, code: result.exitCode },
      { running: false, exit: 4, code: 4 },
    );
  });

  void it('delivers 10 MB of output complete and in order', async () => {
    const count = 1_400_000; // about 10.1 MB
    // `| cat` writes in blocks. Alone, `seq` makes 1.4 million one-line writes, and under load dockerd 20.10 cuts the
    // tail: after the process exits it waits at most 2 s for its stream copiers (moby's monitor.go), which lag behind
    // such a flood. `docker run` loses the same bytes then; that is the engine's limit, not the client's.
    const out = new Collected();
    const result = await runContainer(
      suite.client,
      runOptions(suite, { cmd: ['sh', '-c', `seq 1 ${count} | cat`] }),
      out.sink,
    );
    assert.equal(result.exitCode, 0);
    const text = out.text('stdout');
    assert.ok(text.length > 10 * 1000 * 1000, `got ${text.length} bytes`);
    const expected = Array.from({ length: count }, (_, i) => `${i + 1}\n`).join('');
    assert.equal(sha256(text), sha256(expected), 'same bytes in the same order');
    assert.ok(out.chunks.length > 1, 'arrived as a stream of chunks');
  });

  void it('applies env, command override and labels', async () => {
    const out = new Collected();
    const opts = runOptions(suite, {
      cmd: ['sh', '-c', 'echo "$GREETING, $WHO"'],
      env: { GREETING: 'annyeong', WHO: 'world' },
    });
    await runContainer(suite.client, opts, out.sink);
    assert.equal(out.text('stdout'), 'annyeong, world\n');
  });

  void it('stops a long-running container on cancel (SIGTERM, then SIGKILL) and leaves no container', async () => {
    const out = new Collected();
    const controller = new AbortController();
    let containerId = '';
    const opts = runOptions(suite, {
      cmd: ['sh', '-c', 'trap "" TERM; echo ready; sleep 300'], // ignores SIGTERM: only the SIGKILL after the timeout ends it
      signal: controller.signal,
      stopTimeoutSeconds: 1,
      onContainer: (id) => (containerId = id),
    });
    const running = runContainer(suite.client, opts, out.sink);
    await out.waitFor('ready');
    controller.abort();
    await assert.rejects(
      running,
      (err: unknown) => isRunError(err) && err.kind === 'cancelled' && err.containerId === containerId,
    );
    assert.equal(out.text('stdout'), 'ready\n', 'output received before the cancel is kept');
    assert.ok(await containerGone(suite.client, containerId), 'no container left');
  });

  void it('cancel with keep: the container is stopped and kept, and the message says so', async () => {
    const out = new Collected();
    const controller = new AbortController();
    const opts = runOptions(suite, {
      cmd: ['sh', '-c', 'echo ready; sleep 300'],
      keep: true,
      signal: controller.signal,
      stopTimeoutSeconds: 1,
    });
    const running = runContainer(suite.client, opts, out.sink);
    await out.waitFor('ready');
    controller.abort();
    let containerId = '';
    await assert.rejects(
      running,
      (err: unknown) =>
        isRunError(err) &&
        err.kind === 'cancelled' &&
        /stopped and kept/.test(err.message) &&
        Boolean((containerId = err.containerId ?? '')),
    );
    suite.resources.trackContainer(containerId);
    const state = await suite.client.json<{ State: { Running: boolean } }>('GET', `/containers/${containerId}/json`);
    assert.equal(state.State.Running, false);
  });

  void it('cancelling before start creates nothing that stays', async () => {
    const controller = new AbortController();
    let containerId = '';
    const opts = runOptions(suite, {
      cmd: ['echo', 'never'],
      signal: controller.signal,
      onContainer: (id) => {
        containerId = id;
        controller.abort();
      },
    });
    const out = new Collected();
    await assert.rejects(
      runContainer(suite.client, opts, out.sink),
      (err: unknown) => isRunError(err) && err.kind === 'cancelled',
    );
    assert.equal(out.text('stdout'), '');
    assert.ok(containerId && (await containerGone(suite.client, containerId)));
  });

  void it('interactive: echo hi into sh reads hi back; exit ends the run and removes the container', async () => {
    const session = await runInteractive(suite.client, { ...runOptions(suite), cmd: ['sh'], cols: 100, rows: 30 });
    let output = '';
    session.onOutput((data) => (output += data.toString('utf8')));
    session.write('echo hi\n');
    await until(
      () => /\r?\nhi\r?\n/.test(output),
      () => `no "hi" line in ${JSON.stringify(output)}`,
    );
    await session.resize(120, 40);
    session.write('stty size; exit 7\n');
    const result = await session.exit;
    assert.equal(result.exitCode, 7);
    assert.match(output, /40 120/, 'the resize reached the TTY');
    assert.ok(await containerGone(suite.client, session.containerId));
  });

  void it('interactive: stop() ends a running shell and removes its container', async () => {
    const session = await runInteractive(suite.client, { ...runOptions(suite), cmd: ['sh'], stopTimeoutSeconds: 1 });
    await session.stop();
    await assert.rejects(session.exit, (err: unknown) => isRunError(err) && err.kind === 'cancelled');
    assert.ok(await containerGone(suite.client, session.containerId));
  });
});

function sha256(text: string): string {
  return createHash('sha256').update(text).digest('hex');
}

async function until(condition: () => boolean, describe: () => string, timeoutMs = 20000): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  while (!condition()) {
    if (Date.now() > deadline) throw new Error(describe());
    await new Promise((resolve) => setTimeout(resolve, 20));
  }
}
