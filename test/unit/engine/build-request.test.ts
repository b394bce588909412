// How a build is sent, on stand-in engines: the tar path when there is no /session (with every login in
// X-Registry-Config), secrets refused where no session can carry them, and a cancel that names the build's id.
import assert from 'node:assert/strict';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, describe, it } from 'node:test';
import { buildImage } from '../../../client/engine/build';
import { EngineClient } from '../../../client/engine/client';
import { resolveEngineEndpoint } from '../../../client/engine/connection';
import { isEngineError } from '../../../client/engine/errors';
import { podmanPing, startStandInEngine, type Handler } from '../../support/stand-in-engine';

const dir = mkdtempSync(join(tmpdir(), 'dfs-build-request-'));
after(() => rmSync(dir, { recursive: true, force: true }));
writeFileSync(join(dir, 'Dockerfile'), 'FROM base\n');
writeFileSync(join(dir, 'config.json'), JSON.stringify({ auths: { 'reg.example.com': { auth: 'dTpw' } } }));
const env = { DOCKER_CONFIG: dir };
const imageLine = '{"aux":{"ID":"sha256:' + 'a'.repeat(64) + '"}}\n';

async function withEngine<T>(
  handler: Handler,
  ping: Record<string, string> | undefined,
  body: (client: EngineClient, requests: string[]) => Promise<T>,
) {
  const engine = await startStandInEngine({ handler, ...(ping ? { ping } : {}) });
  const client = await EngineClient.connect(resolveEngineEndpoint({ host: engine.host }));
  try {
    return await body(client, engine.requests);
  } finally {
    client.close();
    await engine.close();
  }
}

void describe('build requests', () => {
  void it('fall back to a tar with X-Registry-Config when the engine has no /session', async () => {
    const seen: { contentType?: string; registryConfig?: string; bodyBytes?: number } = {};
    const handler: Handler = (req, res, body) => {
      if (req.url?.includes('/session')) return void res.writeHead(404).end('{"message":"page not found"}');
      seen.contentType = req.headers['content-type'];
      seen.registryConfig = String(req.headers['x-registry-config'] ?? '');
      seen.bodyBytes = body.length;
      res.writeHead(200).end(imageLine);
    };
    await withEngine(handler, undefined, async (client, requests) => {
      const result = await buildImage(client, {
        contextDir: dir,
        dockerfileText: 'FROM base\n',
        builder: 'buildkit',
        env,
      });
      assert.equal(result.imageId, `sha256:${'a'.repeat(64)}`);
      assert.ok(
        requests.some((r) => r.includes('/session')),
        'a session was tried first',
      );
      assert.equal(seen.contentType, 'application/x-tar');
      assert.ok((seen.bodyBytes ?? 0) >= 1024, 'the context went as a tar');
      const logins = JSON.parse(Buffer.from(seen.registryConfig ?? '', 'base64url').toString()) as Record<
        string,
        unknown
      >;
      assert.deepEqual(logins, {
        'reg.example.com': { username: 'u', password: 'p', serveraddress: 'reg.example.com' },
      });
    });
  });

  void it('refuse secrets and ssh where no session can carry them, before sending anything', async () => {
    const secrets = [{ id: 'a', source: { kind: 'env' as const, variable: 'A' } }];
    await withEngine(
      (_req, res) => void res.writeHead(500).end(),
      podmanPing,
      async (client, requests) => {
        const error = await buildImage(client, { contextDir: dir, dockerfileText: 'FROM base\n', secrets, env }).catch(
          (e: unknown) => e,
        );
        assert.ok(isEngineError(error) && error.kind === 'needs-buildkit', String(error));
        assert.match(error.message, /BuildKit session for --secret/);
        assert.deepEqual(requests, ['/_ping']);
      },
    );
  });

  void it('on abort, ask the engine to cancel the build by the id it was started with', async () => {
    const controller = new AbortController();
    const handler: Handler = (req, res) => {
      if (req.url?.startsWith('/v1.41/build?')) {
        res.writeHead(200).write('{"stream":"Step 1/1 : FROM base\\n"}\n');
        setTimeout(() => controller.abort(), 50);
        return;
      }
      res.writeHead(200).end();
    };
    await withEngine(handler, undefined, async (client, requests) => {
      const error = await buildImage(client, {
        contextDir: dir,
        dockerfileText: 'FROM base\n',
        builder: 'classic',
        env,
        signal: controller.signal,
      }).catch((e: unknown) => e);
      assert.ok(isEngineError(error) && error.kind === 'cancelled', String(error));
      const buildId = new URL(`http://x${requests.find((r) => r.startsWith('/v1.41/build?')) ?? ''}`).searchParams.get(
        'buildid',
      );
      assert.ok(buildId);
      assert.ok(requests.includes(`/v1.41/build/cancel?id=${buildId}`), requests.join('\n'));
    });
  });
});
