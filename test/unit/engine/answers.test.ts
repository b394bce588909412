// What users read when the engine's answer says little: a bare HTTP status, a failing ssh, an address with a password.
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { chmodSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, describe, it } from 'node:test';
import { EngineClient } from '../../../client/engine/client';
import { resolveEngineEndpoint } from '../../../client/engine/connection';
import { startContainer } from '../../../client/engine/containers';
import { EngineError } from '../../../client/engine/errors';
import { redactCredentials } from '../../../client/engine/redact';
import { podmanPing, startStandInEngine } from '../../support/stand-in-engine';

async function failure(promise: Promise<unknown>): Promise<EngineError> {
  const err = await promise.then(
    () => assert.fail('expected a failure'),
    (e: unknown) => e,
  );
  assert.ok(err instanceof EngineError, String(err));
  return err;
}

void describe("Podman's bare HTTP 500", () => {
  void it('says what was asked and what the status likely means, in English and Korean', async () => {
    const id = 'a'.repeat(64);
    const engine = await startStandInEngine({
      ping: podmanPing,
      handler: (_req, res) => void res.writeHead(500).end(),
    });
    const client = await EngineClient.connect(resolveEngineEndpoint({ host: engine.host }));
    try {
      const err = await failure(startContainer(client, id, { image: 'img' }));
      assert.equal(err.kind, 'http');
      assert.equal(err.status, 500);
      assert.equal(
        err.message,
        'The Docker engine answered HTTP 500 to POST /containers/aaaaaaaaaaaa/start without saying why: it failed inside, and its own log may say more (journalctl -u docker, or the Podman service log).',
      );
      assert.match(err.localized('ko').message, /POST \/containers\/aaaaaaaaaaaa\/start에 이유 없이 HTTP 500 응답/);
    } finally {
      client.close();
      await engine.close();
    }
  });

  void it("keeps the engine's own message when it has one", async () => {
    const engine = await startStandInEngine({
      handler: (_req, res) => void res.writeHead(409).end('{"message":"container is already running"}'),
    });
    const client = await EngineClient.connect(resolveEngineEndpoint({ host: engine.host }));
    try {
      const err = await failure(client.request('POST', '/containers/x/start'));
      assert.equal(err.message, 'The Docker engine answered 409: container is already running');
    } finally {
      client.close();
      await engine.close();
    }
  });
});

void describe('a failing ssh', () => {
  const bin = mkdtempSync(join(tmpdir(), 'dfs-ssh-fails-'));
  const savedPath = process.env.PATH;
  after(() => {
    process.env.PATH = savedPath;
    rmSync(bin, { recursive: true, force: true });
  });

  void it("shows ssh's own error (its stderr), not a reset connection", async () => {
    const script = `#!/bin/sh\necho "ssh: Could not resolve hostname $7: Name or service not known" >&2\nexit 255\n`;
    writeFileSync(join(bin, 'ssh'), script);
    chmodSync(join(bin, 'ssh'), 0o755);
    process.env.PATH = `${bin}:${savedPath ?? ''}`;
    try {
      const err = await failure(EngineClient.connect(resolveEngineEndpoint({ host: 'ssh://me@nowhere.invalid' })));
      assert.equal(err.kind, 'unreachable');
      assert.match(
        err.message,
        /at ssh:\/\/me@nowhere\.invalid through ssh: ssh: Could not resolve hostname nowhere\.invalid/,
      );
      assert.doesNotMatch(err.message, /reset/);
      assert.match(err.hint ?? '', /ssh me@nowhere\.invalid docker system dial-stdio/);
    } finally {
      process.env.PATH = savedPath;
    }
  });

  void it(
    'the real ssh, to a host that does not resolve',
    { skip: spawnSync('ssh', ['-V']).error ? 'no ssh client here' : false },
    async () => {
      const err = await failure(
        EngineClient.connect(resolveEngineEndpoint({ host: 'ssh://nobody@no-such-host.invalid' })),
      );
      assert.equal(err.kind, 'unreachable');
      assert.match(err.message, /through ssh: ssh: .*no-such-host\.invalid/);
    },
  );
});

void describe('redactCredentials', () => {
  const table = [
    ['tcp://user:password@host:2376', 'tcp://user:***@host:2376'],
    ['tcp://token@host:2376', 'tcp://***@host:2376'],
    ['https://u:p@ss@host/x', 'https://u:***@host/x'],
    ['ssh://deploy@builder', 'ssh://deploy@builder'],
    ['ssh://deploy:pw@builder', 'ssh://deploy:***@builder'],
    ['Cannot reach tcp://a:b@h:1 or tcp://c:d@h:2: no', 'Cannot reach tcp://a:***@h:1 or tcp://c:***@h:2: no'],
    ['unix:///var/run/docker.sock', 'unix:///var/run/docker.sock'],
    ['mail me@example.com', 'mail me@example.com'],
  ];
  for (const [input, want] of table) void it(input ?? '', () => assert.equal(redactCredentials(input ?? ''), want));

  void it('the endpoint keeps no password in its host', () => {
    const endpoint = resolveEngineEndpoint({ env: { DOCKER_HOST: 'tcp://user:hunter2@build.example:2376' } });
    assert.equal(endpoint.host, 'tcp://user:***@build.example:2376');
    assert.equal(endpoint.hostname, 'build.example');
  });
});
