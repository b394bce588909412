// `dockerfile-studio run` and `build` against engines that misbehave, in-process: one clear line naming the host, the
// contract's exit code (run: 125 like docker, build: 2), in bounded time; Ctrl-C while connecting; no credentials.
import assert from 'node:assert/strict';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, describe, it } from 'node:test';
import { main } from '../../../client/cli/main';
import { fakeIo, runCliInProcess } from '../cli/fake-io';
import { startMuteEngine, type MuteEngine } from '../engine/mute-engine';

const dir = mkdtempSync(join(tmpdir(), 'dfs-run-faults-'));
writeFileSync(join(dir, 'Dockerfile'), 'FROM scratch\n');
after(() => rmSync(dir, { recursive: true, force: true }));

const fast = { DFS_ENGINE_CONNECT_TIMEOUT: '0.3', DFS_ENGINE_RESPONSE_TIMEOUT: '0.3' };

async function withMute(name: string, body: (engine: MuteEngine) => Promise<void>): Promise<void> {
  const engine = await startMuteEngine({ dir, name });
  try {
    await body(engine);
  } finally {
    await engine.close();
  }
}

function assertOneClearFailure(stderr: string, first: RegExp): void {
  const lines = stderr.trimEnd().split('\n');
  assert.match(lines[0] ?? '', first);
  assert.ok(lines.length <= 2, `a message and a hint at most:\n${stderr}`);
  assert.doesNotMatch(stderr, /\n\s+at .*:\d+:\d+/, 'no stack trace');
}

void describe('a silent engine', { timeout: 30000 }, () => {
  for (const [command, argv, status] of [
    ['run', ['run', 'img'], 125],
    ['build', ['build', dir], 2],
  ] as const) {
    void it(`${command}: says the engine did not answer, naming it, and exits ${status}`, () =>
      withMute(`silent-${command}`, async (engine) => {
        const started = Date.now();
        const result = await runCliInProcess(argv, { env: { ...fast, DOCKER_HOST: engine.host } });
        assert.equal(result.code, status, result.stderr);
        assertOneClearFailure(
          result.stderr,
          /^The Docker engine at unix:\/\/.*silent-\w+\.sock did not answer within 0\.3 s\.$/,
        );
        assert.ok(Date.now() - started < 5000, 'bounded time');
        const korean = await runCliInProcess(['--lang', 'ko', ...argv], { env: { ...fast, DOCKER_HOST: engine.host } });
        assert.match(korean.stderr, /^unix:\/\/.*의 Docker 엔진이 0\.3초 안에 응답하지 않았습니다\./);
      }));
  }

  void it('run: Ctrl-C while connecting cancels, exits 130 and leaves no handler or connection behind', () =>
    withMute('slow', async (engine) => {
      const io = fakeIo({ env: { DOCKER_HOST: engine.host } });
      const exit = main(['run', 'img'], io);
      await engine.connected;
      io.signal('SIGINT');
      assert.equal(await exit, 130);
      assert.equal(io.err(), 'Cancelled.\n');
      assert.equal(io.listening(), 0);
      for (let i = 0; i < 100 && engine.open() > 0; i++) await new Promise((r) => setTimeout(r, 10));
      assert.equal(engine.open(), 0, 'the connection is closed');
    }));
});

void describe('credentials in the engine address', { timeout: 30000 }, () => {
  void it('tcp://user:password@host: the password is in no message', async () => {
    const engine = await startMuteEngine('tcp');
    try {
      const host = engine.host.replace('tcp://', 'tcp://builder:hunter2@');
      for (const argv of [
        ['run', '-H', host, 'img'],
        ['run', 'img'],
        ['build', dir],
      ]) {
        const result = await runCliInProcess(argv, { env: { ...fast, DOCKER_HOST: host } });
        assert.match(result.stderr, /tcp:\/\/builder:\*\*\*@127\.0\.0\.1:\d+ did not answer/);
        assert.doesNotMatch(result.stderr, /hunter2/);
      }
    } finally {
      await engine.close();
    }
  });

  void it('an invalid address with a password: the password is not echoed', async () => {
    const result = await runCliInProcess(['run', 'img'], { env: { DOCKER_HOST: 'tcp://me:hunter2@' } });
    assert.equal(result.code, 125);
    assert.match(result.stderr, /The engine address "tcp:\/\/me:\*\*\*@" is not valid/);
    assert.doesNotMatch(result.stderr, /hunter2/);
  });
});
