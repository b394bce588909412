// Pulls on a stand-in engine: the image's registry login goes in X-Registry-Auth, progress is reported once per
// change, a refusal names the registry, and a cancel hangs up (which is what stops a pull in the engine).
import assert from 'node:assert/strict';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, describe, it } from 'node:test';
import { EngineClient } from '../../../client/engine/client';
import { resolveEngineEndpoint } from '../../../client/engine/connection';
import { isEngineError } from '../../../client/engine/errors';
import { ensureImage, pullImage } from '../../../client/engine/images';
import { RegistryCredentials } from '../../../client/engine/registry/credentials';
import { startStandInEngine, type Handler } from '../../support/stand-in-engine';

const dir = mkdtempSync(join(tmpdir(), 'dfs-pull-'));
after(() => rmSync(dir, { recursive: true, force: true }));
writeFileSync(join(dir, 'config.json'), JSON.stringify({ auths: { 'reg.example.com:5000': { auth: 'dTpw' } } }));
const credentials = new RegistryCredentials({ env: { DOCKER_CONFIG: dir } });

async function withEngine(handler: Handler, body: (client: EngineClient, requests: string[]) => Promise<void>) {
  const engine = await startStandInEngine({ handler });
  const client = await EngineClient.connect(resolveEngineEndpoint({ host: engine.host }));
  try {
    await body(client, engine.requests);
  } finally {
    client.close();
    await engine.close();
  }
}

void describe('pulls', () => {
  void it("send the registry's login and report progress once per change", async () => {
    let auth = '';
    const handler: Handler = (req, res) => {
      auth = String(req.headers['x-registry-auth'] ?? '');
      const lines = [
        { status: 'Pulling from app', id: '1' },
        { status: 'Downloading', id: 'abc', progress: '[=> ]' },
        { status: 'Downloading', id: 'abc', progress: '[==>]' },
        { status: 'Pull complete', id: 'abc' },
      ];
      res.writeHead(200).end(lines.map((l) => JSON.stringify(l)).join('\r\n'));
    };
    await withEngine(handler, async (client, requests) => {
      const progress: string[] = [];
      await pullImage(client, 'reg.example.com:5000/team/app:1', { credentials, onProgress: (l) => progress.push(l) });
      assert.ok(requests.includes('/v1.41/images/create?fromImage=reg.example.com%3A5000%2Fteam%2Fapp&tag=1'));
      assert.deepEqual(JSON.parse(Buffer.from(auth, 'base64url').toString()), {
        username: 'u',
        password: 'p',
        serveraddress: 'reg.example.com:5000',
      });
      assert.deepEqual(progress, ['1: Pulling from app', 'abc: Downloading', 'abc: Pull complete']);
    });
  });

  void it('name the registry that refused, and what to run', async () => {
    const handler: Handler = (_req, res) =>
      void res.writeHead(200).end('{"errorDetail":{"message":"unauthorized: authentication required"}}\n');
    await withEngine(handler, async (client) => {
      const error = await pullImage(client, 'reg.example.com:5000/app', { credentials }).catch((e: unknown) => e);
      assert.ok(isEngineError(error) && error.kind === 'auth');
      assert.equal(
        error.message,
        'The registry reg.example.com:5000 refused access: unauthorized: authentication required',
      );
      assert.match(error.hint ?? '', /docker login reg\.example\.com:5000/);
    });
  });

  void it('hang up when cancelled, and reject as cancelled', async () => {
    const controller = new AbortController();
    let hungUp = false;
    const handler: Handler = (req, res) => {
      res.writeHead(200).write('{"status":"Pulling from app","id":"1"}\n');
      req.socket.on('close', () => (hungUp = true));
    };
    await withEngine(handler, async (client) => {
      const pulling = pullImage(client, 'app', {
        credentials,
        signal: controller.signal,
        onProgress: () => controller.abort(),
      });
      const error = await pulling.catch((e: unknown) => e);
      assert.ok(isEngineError(error) && error.kind === 'cancelled', String(error));
      for (let i = 0; i < 50 && !hungUp; i++) await new Promise((resolve) => setTimeout(resolve, 20));
      assert.ok(hungUp, 'the connection was closed, so the engine stops the pull');
    });
  });

  void it('ensureImage: a present image is not pulled, a missing one is, never leaves it to the run', async () => {
    const handler: Handler = (req, res) => {
      if (req.url?.startsWith('/v1.41/images/here')) return void res.writeHead(200).end('{"Id":"sha256:1"}');
      if (req.url?.includes('/json')) return void res.writeHead(404).end('{"message":"No such image"}');
      res.writeHead(200).end('{"status":"Pull complete","id":"x"}\n');
    };
    await withEngine(handler, async (client, requests) => {
      await ensureImage(client, 'here', 'missing', { credentials });
      await ensureImage(client, 'gone', 'never', { credentials });
      assert.ok(!requests.some((r) => r.includes('/images/create')));
      await ensureImage(client, 'gone', 'missing', { credentials });
      await ensureImage(client, 'here', 'always', { credentials });
      assert.equal(requests.filter((r) => r.includes('/images/create')).length, 2);
    });
  });
});
