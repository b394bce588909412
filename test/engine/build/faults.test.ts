// Faults around a real build: the engine going away mid-build, wrong or refused sockets; and the CLI's contract
// (steps on stderr, the image ID alone as the last stdout line, exit codes 0/1/2).
import assert from 'node:assert/strict';
import { randomBytes } from 'node:crypto';
import { writeFileSync } from 'node:fs';
import * as net from 'node:net';
import { join } from 'node:path';
import { after, it } from 'node:test';
import { main as buildCli } from '../../../client/cli/build';
import { EngineClient } from '../../../client/engine/client';
import { resolveEngineEndpoint } from '../../../client/engine/connection';
import { describeEngines } from '../../support/engines';
import { fakeIo } from '../../unit/cli/fake-io';
import { build, eventually, makeContext, removeContexts, startCuttableProxy } from './helpers';

after(removeContexts);

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
