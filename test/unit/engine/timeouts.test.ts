// An engine that accepts the connection and then says nothing (or half a header, or half an answer) fails in bounded
// time with a message naming the host; long uploads, streams that pause and `stop` are not cut.
import assert from 'node:assert/strict';
import { mkdtempSync, rmSync } from 'node:fs';
import * as http from 'node:http';
import * as net from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Readable } from 'node:stream';
import { after, describe, it } from 'node:test';
import { EngineClient } from '../../../client/engine/client';
import { resolveEngineEndpoint } from '../../../client/engine/connection';
import { stopContainer } from '../../../client/engine/containers';
import { EngineError } from '../../../client/engine/errors';
import { readText } from '../../../client/engine/transport';
import { resolveTimeouts } from '../../../client/engine/timeouts';
import { dockerPing, startStandInEngine, type Handler } from '../../support/stand-in-engine';
import { startMuteEngine } from './mute-engine';

const dir = mkdtempSync(join(tmpdir(), 'dfs-timeouts-'));
after(() => rmSync(dir, { recursive: true, force: true }));

const rawServer = (name: string, onConnection?: (socket: net.Socket) => void) =>
  startMuteEngine({ dir, name }, onConnection);

const fast = { DFS_ENGINE_CONNECT_TIMEOUT: '0.3', DFS_ENGINE_RESPONSE_TIMEOUT: '0.3' };
const connect = (host: string, env: NodeJS.ProcessEnv = fast, locale?: string) =>
  EngineClient.connect(resolveEngineEndpoint({ host, env }), locale ? { locale } : {});

async function timedOut(promise: Promise<unknown>, message: RegExp, withinMs = 3000): Promise<EngineError> {
  const started = Date.now();
  const err = await promise.then(
    () => assert.fail('expected a timeout'),
    (e: unknown) => e,
  );
  assert.ok(err instanceof EngineError, String(err));
  assert.equal(err.kind, 'timeout', err.message);
  assert.match(err.message, message);
  assert.ok(Date.now() - started < withinMs, `took ${Date.now() - started} ms`);
  return err;
}

const waitUntil = async (check: () => boolean): Promise<void> => {
  for (let i = 0; i < 100 && !check(); i++) await new Promise((r) => setTimeout(r, 10));
  assert.ok(check());
};

void describe('an engine that does not answer', { timeout: 20000 }, () => {
  void it('accepts the connection and never answers: the connect timeout names the host, and we hang up', async () => {
    const server = await rawServer('mute');
    try {
      const err = await timedOut(
        connect(server.host),
        /Docker engine at unix:\/\/.*mute\.sock did not answer within 0\.3 s/,
      );
      assert.match(err.hint ?? '', /DFS_ENGINE_CONNECT_TIMEOUT/);
      assert.match(err.localized('ko').message, /0\.3초 안에 응답하지 않았습니다/);
      await waitUntil(() => server.open() === 0);
    } finally {
      await server.close();
    }
  });

  void it('sends half a header of the _ping: the same', async () => {
    const server = await rawServer('half', (socket) => socket.write('HTTP/1.1 200 OK\r\nApi-Ver'));
    try {
      await timedOut(connect(server.host), /did not answer within 0\.3 s/);
    } finally {
      await server.close();
    }
  });

  void it('answers the _ping, then never the request: the response timeout names the request, not its query', () =>
    withStandIn(
      () => undefined,
      async (client) => {
        const create = client.json('POST', '/containers/create', { query: { name: 'secret-ish' }, body: {} });
        const err = await timedOut(create, /did not start answering POST \/containers\/create within 0\.3 s/);
        assert.doesNotMatch(err.message, /secret-ish|v1\.41/);
        assert.match(err.hint ?? '', /DFS_ENGINE_RESPONSE_TIMEOUT/);
      },
    ));

  void it('sends the headers of a JSON answer, then stalls: the read times out instead of hanging', () =>
    withStandIn(
      (_req, res) => {
        res.writeHead(200, { 'Content-Type': 'application/json' });
        res.write('{"Id":');
      },
      async (client) => {
        await timedOut(client.json('GET', '/containers/x/json'), /did not start answering GET \/containers\/x\/json/);
      },
    ));

  void it('answers the _ping, then never reads a large upload: the stalled upload times out', async () => {
    const server = http.createServer((req, res) => {
      if (req.url === '/_ping') res.writeHead(200, dockerPing).end('OK'); // anything else is neither read nor answered
    });
    const path = join(dir, 'deaf.sock');
    await new Promise<void>((resolve) => server.listen(path, resolve));
    const client = await connect(`unix://${path}`);
    try {
      const context = Readable.from(
        (function* () {
          for (let i = 0; i < 256; i++) yield Buffer.alloc(64 * 1024); // 16 MiB: far more than the socket buffers
        })(),
      );
      await timedOut(
        client.request('POST', '/build', { body: context }),
        /did not start answering POST \/build within 0\.3 s/,
      );
    } finally {
      client.close();
      server.closeAllConnections();
      await new Promise((resolve) => server.close(resolve));
    }
  });

  void it('an invalid timeout in the environment is a config error naming the variable', () => {
    assert.throws(
      () => resolveTimeouts({ DFS_ENGINE_RESPONSE_TIMEOUT: 'soon' }),
      (err: unknown) =>
        err instanceof EngineError && err.kind === 'config' && /DFS_ENGINE_RESPONSE_TIMEOUT/.test(err.message),
    );
    assert.deepEqual(resolveTimeouts({}, { connectSeconds: 2, responseSeconds: 0 }), {
      connectMs: 2000,
      responseMs: 0,
    });
    assert.deepEqual(resolveTimeouts({ DFS_ENGINE_CONNECT_TIMEOUT: '1.5' }), { connectMs: 1500, responseMs: 60000 });
  });
});

void describe('what the timeouts leave alone', { timeout: 20000 }, () => {
  void it('a slow upload: the wait for the answer starts after the last byte sent', () =>
    withStandIn(
      (_req, res, body) => void res.writeHead(200).end(String(body.length)),
      async (client) => {
        const chunks = async function* () {
          for (let i = 0; i < 5; i++) {
            await new Promise((r) => setTimeout(r, 150)); // 750 ms in all, the response timeout is 300 ms
            yield Buffer.alloc(1000);
          }
        };
        const res = await client.request('POST', '/build', { body: Readable.from(chunks()) });
        assert.equal(await readText(res.body), '5000');
      },
    ));

  void it('a streaming answer that pauses longer than the timeout is read to its end', () =>
    withStandIn(
      (_req, res) => {
        res.writeHead(200);
        res.write('first ');
        setTimeout(() => res.end('second'), 700);
      },
      async (client) => {
        const res = await client.request('POST', '/containers/x/wait');
        assert.equal(await readText(res.body), 'first second');
      },
    ));

  void it('stop waits its own timeout on top of the response timeout', () =>
    withStandIn(
      (_req, res) => void setTimeout(() => res.writeHead(204).end(), 700),
      async (client) => {
        await stopContainer(client, 'x', 1);
      },
    ));
});

async function withStandIn(handler: Handler, body: (client: EngineClient) => Promise<void>): Promise<void> {
  const engine = await startStandInEngine({ handler });
  const client = await connect(engine.host);
  try {
    await body(client);
  } finally {
    client.close();
    await engine.close();
  }
}
