// Faults around a real build: the engine going away mid-build, wrong or refused sockets; and the CLI's contract
// (steps on stderr, the image ID alone as the last stdout line, exit codes 0/1/2).
import assert from 'node:assert/strict';
import { randomBytes } from 'node:crypto';
import { symlinkSync, writeFileSync } from 'node:fs';
import * as net from 'node:net';
import { join } from 'node:path';
import { after, it } from 'node:test';
import { main as buildCli } from '../../../client/cli/build';
import { EngineClient } from '../../../client/engine/client';
import { resolveEngineEndpoint } from '../../../client/engine/connection';
import { describeEngines } from '../../support/engines';
import { fakeIo } from '../../unit/cli/fake-io';
import { makeContext as makeFixture, tooDeepContext } from '../../unit/context/fixture';
import { build, eventually, makeContext, removeContexts, startCuttableProxy } from './helpers';

after(removeContexts);

/** A unix-socket proxy in front of the engine that keeps the start of every chunk sent to the engine. */
async function watchingProxy(
  engineSocket: string,
): Promise<{ host: string; sent: () => string; close(): Promise<void> }> {
  const path = join(makeContext({}), 'watch.sock');
  const sockets = new Set<net.Socket>();
  let seen = '';
  const server = net.createServer((client) => {
    const upstream = net.connect(engineSocket);
    for (const socket of [client, upstream]) {
      sockets.add(socket);
      socket.on('error', () => undefined);
    }
    client.on('data', (chunk: Buffer) => (seen += chunk.subarray(0, 200).toString('latin1')));
    client.pipe(upstream).pipe(client);
  });
  await new Promise<void>((resolve) => server.listen(path, resolve));
  return {
    host: `unix://${path}`,
    sent: () => seen,
    close: () => {
      sockets.forEach((socket) => socket.destroy());
      return new Promise((resolve) => server.close(() => resolve()));
    },
  };
}

async function runCli(argv: string[]): Promise<{ code: number; stdout: string; stderr: string }> {
  const io = fakeIo();
  const code = await buildCli(argv, io);
  return { code, stdout: io.out(), stderr: io.err() };
}

describeEngines('build faults', (suite) => {
  void it('an engine that goes away mid-build gives a clear error and no unhandled rejection', async () => {
    const socket = suite.engine.host.slice('unix://'.length);
    const proxy = await startCuttableProxy(socket);
    const unhandled: unknown[] = [];
    const onUnhandled = (reason: unknown): void => void unhandled.push(reason);
    process.on('unhandledRejection', onUnhandled);
    try {
      const client = await EngineClient.connect(resolveEngineEndpoint({ host: proxy.host }));
      const before = await suite.resources.leftoverContainers();
      const dir = makeContext({
        Dockerfile: `FROM ${suite.baseImage}\nRUN echo started && sleep 3 # ${randomBytes(4).toString('hex')}\n`,
      });
      const { error } = await build(client, dir, {}, (event) => {
        if (event.type === 'log' && event.text === 'started') proxy.cut();
      });
      client.close();
      assert.equal((error as { kind?: string }).kind, 'stream', String(error));
      assert.match((error as Error).message, new RegExp(`connection to the Docker engine at ${proxy.host} was lost`));
      assert.doesNotMatch((error as Error).message, /ECONNRESET|EPIPE/);
      await new Promise((resolve) => setTimeout(resolve, 100));
      assert.deepEqual(unhandled, []);
      // The real engine ends the orphaned build on its own; nothing of ours may stay.
      assert.ok(
        await eventually(async () => (await suite.resources.leftoverContainers()).length <= before.length, 30000),
      );
    } finally {
      process.removeListener('unhandledRejection', onUnhandled);
      await proxy.close();
    }
  });

  void it('the CLI prints steps on stderr and the image ID alone as the last line of stdout', async () => {
    const dir = makeContext({ Dockerfile: `FROM ${suite.baseImage}\nCMD ["echo", "hello"]\n` });
    const tag = `dfs-test/cli-${suite.engine.name}:${randomBytes(4).toString('hex')}`;
    suite.resources.trackImage(tag);
    const { code, stdout, stderr } = await runCli(['--host', suite.engine.host, '--network', 'none', '-t', tag, dir]);
    assert.equal(code, 0, stderr);
    const lines = stdout.trimEnd().split('\n');
    assert.match(lines.at(-1) ?? '', /^sha256:[0-9a-f]{64}$/);
    assert.match(stderr, /FROM/);
    const image = await suite.client.json<{ Id: string }>('GET', `/images/${encodeURIComponent(tag)}/json`);
    assert.equal(image.Id, lines.at(-1));
  });

  void it('the CLI exits 1 on a failed build, naming the Dockerfile line', async () => {
    const dir = makeContext({ Dockerfile: `FROM ${suite.baseImage}\nRUN exit 4\n` });
    const { code, stdout, stderr } = await runCli(['--host', suite.engine.host, '--network', 'none', dir]);
    assert.equal(code, 1);
    assert.equal(stdout, '');
    assert.match(stderr, /The build failed at .*Dockerfile:2: /);
    const korean = await runCli(['--lang', 'ko', '--host', suite.engine.host, '--network', 'none', dir]);
    assert.equal(korean.code, 1);
    assert.match(korean.stderr, /Dockerfile:2에서 빌드에 실패했습니다: /);
  });

  // Regression: this crashed with "Unhandled 'error' event". Like the docker CLI, the context is checked before a
  // byte of it is sent: a half-sent context stays on Podman's disk (docs/engine-facts.md).
  void it('a context that cannot be read: one line, exit 2, and not a byte of it reaches the engine', async () => {
    const socket = suite.engine.host.slice('unix://'.length);
    const proxy = await watchingProxy(socket);
    const fx = tooDeepContext({ 'a.bin': 'x'.repeat(3_000_000) }); // megabytes to send before the path too long
    try {
      const { code, stdout, stderr } = await runCli(['--host', proxy.host, fx.contextDir]);
      assert.equal(code, 2);
      assert.equal(stdout, '');
      assert.match(stderr, /^The path \/.*…d+ is longer than the system allows\. [^\n]*\n$/);
      assert.match(proxy.sent(), /_ping/, 'the engine was reached');
      assert.doesNotMatch(proxy.sent(), /POST \S*\/build/, 'no build was started');
    } finally {
      fx.cleanup();
      await proxy.close();
    }
  });

  // Regression: "Cannot find the Dockerfile" when CTX/Dockerfile links to a file outside the context.
  void it('a Dockerfile linked to a file outside the context is built', async () => {
    const fx = makeFixture({ '../shared/app.Dockerfile': `FROM ${suite.baseImage}\nLABEL linked=outside\n`, a: 'a' });
    symlinkSync('../shared/app.Dockerfile', join(fx.contextDir, 'Dockerfile'));
    const tag = `dfs-test/linked-${suite.engine.name}:${randomBytes(4).toString('hex')}`;
    suite.resources.trackImage(tag);
    try {
      const { code, stderr } = await runCli([
        '--host',
        suite.engine.host,
        '--network',
        'none',
        '-t',
        tag,
        fx.contextDir,
      ]);
      assert.equal(code, 0, stderr);
      const image = await suite.client.json<{ Config: { Labels: Record<string, string> } }>(
        'GET',
        `/images/${encodeURIComponent(tag)}/json`,
      );
      assert.equal(image.Config.Labels.linked, 'outside');
    } finally {
      fx.cleanup();
    }
  });
});

void it('the CLI exits 2 with the friendly message for a wrong socket path or a refused socket', async () => {
  const dir = makeContext({ Dockerfile: 'FROM scratch\n' });
  const stale = join(dir, 'stale.sock');
  const server = net.createServer().listen(stale);
  await new Promise((resolve) => server.once('listening', resolve));
  server.close();
  writeFileSync(join(dir, 'not-a-socket'), '');
  for (const host of [
    `unix://${join(dir, 'missing.sock')}`,
    `unix://${stale}`,
    `unix://${join(dir, 'not-a-socket')}`,
  ]) {
    const { code, stdout, stderr } = await runCli(['--host', host, dir]);
    assert.equal(code, 2, host);
    assert.equal(stdout, '');
    assert.match(stderr, new RegExp(`Cannot reach the Docker engine at ${host}: is Docker running\\?`));
    assert.doesNotMatch(stderr, /ENOENT|ECONNREFUSED|at .*\.ts:\d+/);
  }
});

void it('the CLI exits 2 on bad usage', async () => {
  for (const argv of [[], ['a', 'b'], ['--builder', 'fast', '.'], ['--frobnicate', '.'], ['-t']]) {
    const { code } = await runCli(argv);
    assert.equal(code, 2, argv.join(' '));
  }
});
