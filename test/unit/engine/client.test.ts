// EngineClient against stand-in engines: version negotiation, Podman detection, errors with actionable text,
// cancellation, hijacked connections and the ssh transport.
import assert from 'node:assert/strict';
import { chmodSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import * as net from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, describe, it } from 'node:test';
import { EngineClient, MAX_API_VERSION } from '../../../client/engine/client';
import { resolveEngineEndpoint } from '../../../client/engine/connection';
import { EngineError, fromSocketError } from '../../../client/engine/errors';
import { readText } from '../../../client/engine/transport';
import { podmanPing, startStandInEngine, type Handler } from '../../support/stand-in-engine';

const connect = (host: string, locale?: string): Promise<EngineClient> =>
  EngineClient.connect(resolveEngineEndpoint({ host }), locale ? { locale } : {});

async function withEngine<T>(
  opts: { ping?: Record<string, string>; handler?: Handler },
  fn: (host: string) => Promise<T>,
): Promise<T> {
  const engine = await startStandInEngine(opts);
  try {
    return await fn(engine.host);
  } finally {
    await engine.close();
  }
}

async function rejectsWith(promise: Promise<unknown>, kind: string, message?: RegExp): Promise<EngineError> {
  const err = await promise.then(
    () => undefined,
    (e: unknown) => e,
  );
  assert.ok(err instanceof EngineError, `expected an EngineError, got ${String(err)}`);
  assert.equal(err.kind, kind, err.message);
  if (message) assert.match(err.message, message);
  return err;
}

void describe('version negotiation', () => {
  const table = [
    { name: 'uses the engine version when it is within our range', engine: '1.41', want: '1.41' },
    { name: 'caps at our highest version for newer engines', engine: '1.52', want: MAX_API_VERSION },
    { name: 'accepts the minimum, 1.40', engine: '1.40', want: '1.40' },
  ];
  for (const c of table) {
    void it(c.name, () =>
      withEngine({ ping: { 'Api-Version': c.engine } }, async (host) => {
        const client = await connect(host);
        assert.equal(client.apiVersion, c.want);
        client.close();
      }),
    );
  }

  void it('refuses an engine older than 1.40, naming both versions', () =>
    withEngine({ ping: { 'Api-Version': '1.38' } }, async (host) => {
      const err = await rejectsWith(connect(host), 'version', /API 1\.38.*1\.40 or newer/);
      assert.ok(err.hint);
    }));

  void it('refuses a server that reports no API version', () =>
    withEngine({ ping: { 'Api-Version': '' } }, async (host) => {
      await rejectsWith(connect(host), 'version', /did not say/);
    }));

  void it('sends versioned paths', () =>
    withEngine({ handler: (req, res) => void res.end(JSON.stringify({ url: req.url })) }, async (host) => {
      const client = await connect(host);
      assert.deepEqual(
        await client.json('GET', '/images/json', {
          query: { all: true, filters: '{"label":["a=b"]}', t: ['x:1', 'y:2'] },
        }),
        { url: '/v1.41/images/json?all=1&filters=%7B%22label%22%3A%5B%22a%3Db%22%5D%7D&t=x%3A1&t=y%3A2' },
      );
      client.close();
    }));

  void it('maps the engine refusing our version to a version error', () =>
    withEngine(
      {
        handler: (_req, res) =>
          void res
            .writeHead(400, { 'Content-Type': 'application/json' })
            .end('{"message":"client version 1.41 is too old. Minimum supported API version is 1.44"}'),
      },
      async (host) => {
        const client = await connect(host);
        await rejectsWith(client.json('GET', '/version'), 'version', /Minimum supported API version is 1\.44/);
        client.close();
      },
    ));
});

void describe('engine detection', () => {
  void it('recognises Podman from Server: Libpod and never uses BuildKit there', () =>
    withEngine({ ping: podmanPing }, async (host) => {
      const client = await connect(host);
      assert.equal(client.isPodman, true);
      assert.equal(client.supportsBuildKit, false);
      assert.equal(client.builderVersion, undefined);
      client.close();
    }));

  const table = [
    {
      name: 'Docker without Builder-Version (20.10) builds with BuildKit',
      ping: {} as Record<string, string>,
      want: true,
    },
    { name: 'Builder-Version 2 means BuildKit', ping: { 'Builder-Version': '2' }, want: true },
    { name: 'Builder-Version 1 means classic only', ping: { 'Builder-Version': '1' }, want: false },
  ];
  for (const c of table) {
    void it(c.name, () =>
      withEngine({ ping: c.ping }, async (host) => {
        const client = await connect(host);
        assert.equal(client.supportsBuildKit, c.want);
        client.close();
      }),
    );
  }
});

void describe('errors users can act on', () => {
  const dir = mkdtempSync(join(tmpdir(), 'dfs-client-'));
  after(() => rmSync(dir, { recursive: true, force: true }));

  void it('a missing socket: "Cannot reach the Docker engine at …: is Docker running?"', async () => {
    const host = `unix://${join(dir, 'missing.sock')}`;
    const err = await rejectsWith(connect(host), 'unreachable');
    assert.equal(err.message, `Cannot reach the Docker engine at ${host}: is Docker running?`);
    assert.doesNotMatch(err.message + (err.hint ?? ''), /ENOENT|ECONNREFUSED/);
  });

  void it('a refused socket (nothing listening) gives the same friendly message', async () => {
    const path = join(dir, 'stale.sock');
    const server = net.createServer().listen(path);
    await new Promise((resolve) => server.once('listening', resolve));
    server.close(); // leaves nothing listening; the file may stay behind as a stale socket
    writeFileSync(join(dir, 'plain-file.sock'), '');
    for (const host of [`unix://${path}`, `unix://${join(dir, 'plain-file.sock')}`]) {
      await rejectsWith(connect(host), 'unreachable', /Cannot reach the Docker engine at .*: is Docker running\?/);
    }
  });

  void it('messages come in Korean when asked', async () => {
    const err = await rejectsWith(connect(`unix://${join(dir, 'missing.sock')}`, 'ko'), 'unreachable');
    assert.match(err.message, /Docker 엔진에 연결할 수 없습니다/);
    assert.match(err.localized('en').message, /Cannot reach/);
  });

  const errno = (code: string): Error => Object.assign(new Error(`connect ${code} /var/run/docker.sock`), { code });
  const mapping = [
    { code: 'EACCES', connected: false, want: 'permission', text: /docker" group/ },
    { code: 'ECONNREFUSED', connected: false, want: 'unreachable', text: /is Docker running/ },
    { code: 'ENOENT', connected: false, want: 'unreachable', text: /is Docker running/ },
    { code: 'ECONNRESET', connected: true, want: 'stream', text: /connection reset/ },
    { code: 'ERR_TLS_CERT_ALTNAME_INVALID', connected: false, want: 'tls', text: /DOCKER_CERT_PATH/ },
    { code: 'ABORT_ERR', connected: true, want: 'cancelled', text: /Cancelled/ },
  ];
  for (const c of mapping) {
    void it(`maps ${c.code} to ${c.want} with a way to fix it`, () => {
      const err = fromSocketError(errno(c.code), 'unix:///var/run/docker.sock', 'en', c.connected);
      assert.equal(err.kind, c.want);
      assert.match(`${err.message} ${err.hint ?? ''}`, c.text);
      assert.doesNotMatch(err.message, new RegExp(c.code));
    });
  }

  void it("an HTTP error carries the engine's message", () =>
    withEngine(
      {
        handler: (_req, res) =>
          void res
            .writeHead(404, { 'Content-Type': 'application/json' })
            .end('{"message":"No such image: nope:latest"}'),
      },
      async (host) => {
        const client = await connect(host);
        const err = await rejectsWith(client.json('GET', '/images/nope/json'), 'http', /No such image: nope:latest/);
        assert.equal(err.status, 404);
        assert.equal(err.engineMessage, 'No such image: nope:latest');
        client.close();
      },
    ));
});

void describe('cancellation', () => {
  void it('aborting while waiting for the answer rejects with kind cancelled and closes the connection', () => {
    let closed: Promise<void> = Promise.resolve();
    return withEngine(
      {
        handler: (req) => {
          closed = new Promise((resolve) => req.socket.once('close', () => resolve()));
        },
      },
      async (host) => {
        const client = await connect(host);
        const controller = new AbortController();
        const pending = client.request('POST', '/build', { signal: controller.signal, body: Buffer.from('x') });
        setTimeout(() => controller.abort(), 50);
        await rejectsWith(pending, 'cancelled');
        await closed; // the engine sees the connection go, which is what cancels a build
        client.close();
      },
    );
  });

  void it('aborting mid-stream errors the body with kind cancelled', () =>
    withEngine(
      {
        handler: (_req, res) => {
          res.writeHead(200);
          res.write('{"stream":"Step 1/2"}\n');
        },
      },
      async (host) => {
        const client = await connect(host);
        const controller = new AbortController();
        const res = await client.request('POST', '/build', { signal: controller.signal });
        res.body.once('data', () => controller.abort());
        await rejectsWith(readText(res.body), 'cancelled');
        client.close();
      },
    ));

  void it('an already aborted signal never sends the request', () =>
    withEngine({}, async (host) => {
      const client = await connect(host);
      await rejectsWith(client.request('GET', '/version', { signal: AbortSignal.abort() }), 'cancelled');
      client.close();
    }));
});

void describe('hijack', () => {
  void it('upgrades to a raw two-way stream (101), keeping bytes sent right after the headers', async () => {
    const engine = await startStandInEngine();
    engine.server.on('upgrade', (req, socket) => {
      assert.equal(req.headers.upgrade, 'tcp');
      socket.write(
        'HTTP/1.1 101 UPGRADED\r\nContent-Type: application/vnd.docker.raw-stream\r\nConnection: Upgrade\r\nUpgrade: tcp\r\n\r\nhello ',
      );
      socket.on('data', (chunk: Buffer) => socket.end(`echo:${chunk.toString()}`));
    });
    const client = await connect(engine.host);
    const stream = await client.hijack('/containers/x/attach', { query: { stream: true, stdin: true } });
    stream.write('ping');
    assert.equal(await readText(stream), 'hello echo:ping');
    client.close();
    await engine.close();
  });

  void it("an error status instead of an upgrade carries the engine's message", () =>
    withEngine(
      {
        handler: (_req, res) =>
          void res.writeHead(404, { 'Content-Type': 'application/json' }).end('{"message":"No such container: x"}'),
      },
      async (host) => {
        const client = await connect(host);
        await rejectsWith(client.hijack('/containers/x/attach'), 'http', /No such container: x/);
        client.close();
      },
    ));
});

void describe('ssh transport', () => {
  const bin = mkdtempSync(join(tmpdir(), 'dfs-fake-ssh-'));
  const savedPath = process.env.PATH;
  after(() => {
    process.env.PATH = savedPath;
    rmSync(bin, { recursive: true, force: true });
  });

  void it('speaks HTTP over the stdio of `ssh … docker system dial-stdio`', () =>
    withEngine({}, async (host) => {
      // A stand-in `ssh` that records its arguments and connects stdio to the stand-in engine's socket.
      const argsFile = join(bin, 'args');
      const script =
        `#!${process.execPath}\nrequire('fs').writeFileSync(${JSON.stringify(argsFile)}, JSON.stringify(process.argv.slice(2)));\n` +
        `const s = require('net').connect(${JSON.stringify(host.slice('unix://'.length))}); process.stdin.pipe(s); s.pipe(process.stdout);\n`;
      writeFileSync(join(bin, 'ssh'), script);
      chmodSync(join(bin, 'ssh'), 0o755);
      process.env.PATH = `${bin}:${savedPath ?? ''}`;
      const client = await connect('ssh://builder@build.example:2222');
      assert.equal(client.apiVersion, '1.41');
      assert.deepEqual(JSON.parse(readFileSync(argsFile, 'utf8')), [
        '-T',
        '-o',
        'ConnectTimeout=30',
        '-l',
        'builder',
        '-p',
        '2222',
        '--',
        'build.example',
        'docker',
        'system',
        'dial-stdio',
      ]);
      client.close();
    }));

  void it('a missing ssh client says how to fix it', async () => {
    process.env.PATH = join(bin, 'nothing-here');
    try {
      await rejectsWith(connect('ssh://me@box'), 'unreachable', /Cannot start "ssh"/);
    } finally {
      process.env.PATH = savedPath;
    }
  });
});
