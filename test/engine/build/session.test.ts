// BuildKit sessions on the real Docker engine: a secret reaches RUN --mount=type=secret and nowhere else, an SSH agent
// is forwarded to RUN --mount=type=ssh, and a rebuild after one change sends that file alone.
import assert from 'node:assert/strict';
import { spawn, spawnSync, type ChildProcess } from 'node:child_process';
import { createHash, randomBytes } from 'node:crypto';
import { existsSync, mkdirSync, mkdtempSync, rmSync, truncateSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, before, it } from 'node:test';
import { describeEngines } from '../../support/engines';
import { buildFolder, makeContext, removeContexts } from './helpers';

after(removeContexts);

const nonce = (): string => randomBytes(6).toString('hex');
const logs = (events: { type: string; text?: string }[]): string[] =>
  events.flatMap((e) => (e.type === 'log' || e.type === 'output' ? [e.text ?? ''] : []));

describeEngines(
  'BuildKit session',
  (suite) => {
    void it('a secret reaches RUN --mount=type=secret (its hash is printed) and is in no layer nor history', async () => {
      const secret = `s3cret-${nonce()}`;
      const hash = createHash('sha256').update(secret).digest('hex');
      const dir = makeContext({
        Dockerfile: `FROM ${suite.baseImage}\nRUN --mount=type=secret,id=token /bin/busybox sha256sum /run/secrets/token # ${nonce()}\n`,
        'token.txt': secret,
        '.dockerignore': 'token.txt\n',
      });
      const { result, error, events } = await buildFolder(suite.client, dir, {
        builder: 'buildkit',
        secrets: [{ id: 'token', source: { kind: 'file', path: join(dir, 'token.txt') } }],
      });
      assert.ifError(error);
      assert.ok(result);
      assert.ok(
        logs(events).some((line) => line.includes(hash)),
        'the RUN saw the secret',
      );
      assert.ok(!logs(events).some((line) => line.includes(secret)), 'the secret itself is never shown');
      const history = await suite.client.json<{ CreatedBy: string }[]>('GET', `/images/${result.imageId}/history`);
      assert.ok(!JSON.stringify(history).includes(secret), 'not in the history');
      const saved = await suite.client.request('GET', `/images/${result.imageId}/get`);
      const tar = await readBytes(saved.body);
      assert.ok(tar.length > 0 && !tar.includes(Buffer.from(secret)), 'not in any layer');
    });

    void it('a secret from an environment variable', async () => {
      const secret = `env-${nonce()}`;
      const dir = makeContext({
        Dockerfile: `FROM ${suite.baseImage}\nRUN --mount=type=secret,id=npm /bin/busybox sha256sum /run/secrets/npm # ${nonce()}\n`,
      });
      const { error, events } = await buildFolder(suite.client, dir, {
        builder: 'buildkit',
        env: { ...process.env, DFS_TEST_SECRET: secret },
        secrets: [{ id: 'npm', source: { kind: 'env', variable: 'DFS_TEST_SECRET' } }],
      });
      assert.ifError(error);
      const hash = createHash('sha256').update(secret).digest('hex');
      assert.ok(logs(events).some((line) => line.includes(hash)));
    });

    void describeSsh(suite);

    void it('a rebuild after changing one file of 20,000 sends that file alone (<= 1% of the bytes)', async () => {
      const dir = mkdtempSync(join(tmpdir(), 'dfs-incremental-'));
      try {
        writeFileSync(
          join(dir, 'Dockerfile'),
          `FROM ${suite.baseImage}\nRUN --mount=type=bind,target=/ctx head -c 8 /ctx/d0/f0.txt\n`,
        );
        // 19,900 small files, and 100 of 1 MiB (sparse: quick to make) so that the stats of 20,000 files are < 1%.
        for (let d = 0; d < 200; d++) {
          mkdirSync(join(dir, `d${d}`));
          for (let f = 0; f < 100; f++) {
            const path = join(dir, `d${d}`, `f${f}.txt`);
            const large = f === 99 && d % 2 === 0;
            writeFileSync(path, large ? '' : `file ${d}/${f}`);
            if (large) truncateSync(path, 1024 * 1024);
          }
        }
        const first = await buildFolder(suite.client, dir, { builder: 'buildkit' });
        assert.ifError(first.error);
        writeFileSync(join(dir, 'd7', 'f7.txt'), `changed ${nonce()}`);
        const second = await buildFolder(suite.client, dir, { builder: 'buildkit' });
        assert.ifError(second.error);
        const [a, b] = [first.result?.transfer, second.result?.transfer];
        assert.ok(a && b, 'both builds went through a session');
        assert.ok(a.files >= 20000, `the first build sent every file (${a.files})`);
        assert.equal(b.files, 1, 'the rebuild sent the changed file only');
        assert.ok(b.bytes <= a.bytes / 100, `rebuild ${b.bytes} bytes, first build ${a.bytes} bytes`);
      } finally {
        rmSync(dir, { recursive: true, force: true });
      }
    });
  },
  { engines: ['docker'] },
);

async function readBytes(stream: NodeJS.ReadableStream): Promise<Buffer> {
  const chunks: Buffer[] = [];
  for await (const chunk of stream) chunks.push(Buffer.from(chunk as Buffer));
  return Buffer.concat(chunks);
}

function describeSsh(suite: Parameters<Parameters<typeof describeEngines>[1]>[0]): void {
  const agent: { dir?: string; process?: ChildProcess; socket?: string } = {};
  before(async () => {
    agent.dir = mkdtempSync(join(tmpdir(), 'dfs-ssh-test-'));
    agent.socket = join(agent.dir, 'agent.sock');
    agent.process = spawn('ssh-agent', ['-D', '-a', agent.socket], { stdio: 'ignore' });
    for (let i = 0; i < 100 && !existsSync(agent.socket); i++) await new Promise((r) => setTimeout(r, 50));
    spawnSync('ssh-keygen', ['-q', '-t', 'ed25519', '-N', '', '-f', join(agent.dir, 'key')]);
  });
  after(() => {
    agent.process?.kill();
    if (agent.dir) rmSync(agent.dir, { recursive: true, force: true });
  });
  const sshDockerfile = (id: string): string =>
    `FROM ${suite.baseImage}\nRUN --mount=type=ssh,id=${id} test -S "$SSH_AUTH_SOCK" && echo agent-here # ${nonce()}\n`;

  void it('--ssh default forwards SSH_AUTH_SOCK to RUN --mount=type=ssh', async () => {
    const dir = makeContext({ Dockerfile: sshDockerfile('default') });
    const { error, events } = await buildFolder(suite.client, dir, {
      builder: 'buildkit',
      env: { ...process.env, SSH_AUTH_SOCK: agent.socket },
      ssh: [{ id: 'default', paths: [] }],
    });
    assert.ifError(error);
    assert.ok(logs(events).includes('agent-here'));
  });

  void it('--ssh ID=KEY loads the key into an agent of its own for RUN --mount=type=ssh,id=ID', async () => {
    const dir = makeContext({ Dockerfile: sshDockerfile('deploy') });
    const { error, events } = await buildFolder(suite.client, dir, {
      builder: 'buildkit',
      ssh: [{ id: 'deploy', paths: [join(agent.dir ?? '', 'key')] }],
    });
    assert.ifError(error);
    assert.ok(logs(events).includes('agent-here'));
  });
}
