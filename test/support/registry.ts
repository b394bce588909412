// A real private registry for tests: Debian's docker-registry on 127.0.0.1 (dockerd trusts 127.0.0.0/8 over plain
// HTTP), htpasswd basic auth (bcrypt, apache2-utils), storage in a temp folder; plus test docker configs and a push.
import { spawn, spawnSync, type ChildProcess } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import { chmodSync, mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import * as net from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { EngineClient } from '../../client/engine/client';
import { messageError, readNdjson } from '../../client/engine/ndjson';
import { encodeAuthHeader } from '../../client/engine/registry/credentials';

export interface TestRegistry {
  /** `127.0.0.1:PORT`. */
  host: string;
  user: string;
  password: string;
  stop(): Promise<void>;
}

/** Why registry tests cannot run here, or undefined. */
export function registryUnavailableReason(): string | undefined {
  for (const tool of ['docker-registry', 'htpasswd']) {
    if (spawnSync('sh', ['-c', `command -v ${tool}`]).status !== 0)
      return `${tool} is not installed (apt-get install docker-registry apache2-utils, or run scripts/engine-up.sh)`;
  }
  return undefined;
}

function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = net.createServer();
    server.once('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const port = (server.address() as net.AddressInfo).port;
      server.close(() => resolve(port));
    });
  });
}

async function waitForRegistry(host: string, child: ChildProcess): Promise<void> {
  const deadline = Date.now() + 15000;
  while (Date.now() < deadline) {
    if (child.exitCode !== null) throw new Error(`docker-registry exited with ${child.exitCode}`);
    const status = await fetch(`http://${host}/v2/`).then(
      (res) => res.status,
      () => 0,
    );
    if (status === 401) return;
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
  throw new Error('docker-registry did not answer within 15 s');
}

export async function startRegistry(): Promise<TestRegistry> {
  const dir = mkdtempSync(join(tmpdir(), 'dfs-registry-'));
  const user = 'dfs-tester';
  const password = randomBytes(12).toString('hex');
  const htpasswd = spawnSync('htpasswd', ['-Bin', user], { input: password, encoding: 'utf8' });
  if (htpasswd.status !== 0) throw new Error(`htpasswd failed: ${htpasswd.stderr}`);
  writeFileSync(join(dir, 'htpasswd'), htpasswd.stdout);
  const host = `127.0.0.1:${await freePort()}`;
  const config = [
    'version: 0.1',
    'log: { level: error }',
    `storage: { filesystem: { rootdirectory: ${join(dir, 'data')} }, delete: { enabled: true } }`,
    `http: { addr: "${host}", secret: ${randomBytes(8).toString('hex')} }`,
    `auth: { htpasswd: { realm: dfs-test, path: ${join(dir, 'htpasswd')} } }`,
  ].join('\n');
  writeFileSync(join(dir, 'config.yml'), `${config}\n`);
  const child = spawn('docker-registry', ['serve', join(dir, 'config.yml')], { stdio: 'ignore' });
  const stop = async (): Promise<void> => {
    if (child.exitCode === null) {
      const exited = new Promise((resolve) => child.once('exit', resolve));
      child.kill();
      await exited;
    }
    rmSync(dir, { recursive: true, force: true });
  };
  try {
    await waitForRegistry(host, child);
  } catch (err) {
    await stop();
    throw err;
  }
  return { host, user, password, stop };
}

const configs: string[] = [];

/** A DOCKER_CONFIG folder holding `config` as config.json, and helper scripts (name → shell body) on its bin/. */
export function dockerConfigDir(config: object, helpers: Record<string, string> = {}): { dir: string; bin: string } {
  const dir = mkdtempSync(join(tmpdir(), 'dfs-docker-config-'));
  configs.push(dir);
  writeFileSync(join(dir, 'config.json'), JSON.stringify(config));
  const bin = join(dir, 'bin');
  mkdirSync(bin);
  for (const [name, body] of Object.entries(helpers)) {
    writeFileSync(join(bin, name), `#!/bin/sh\n${body}\n`);
    chmodSync(join(bin, name), 0o755);
  }
  return { dir, bin };
}

export function removeDockerConfigs(): void {
  for (const dir of configs.splice(0)) rmSync(dir, { recursive: true, force: true });
}

/** `auths` entry for a registry: base64 "user:password", as `docker login` writes it. */
export function basicAuth(user: string, password: string): { auth: string } {
  return { auth: Buffer.from(`${user}:${password}`).toString('base64') };
}

async function drain(body: NodeJS.ReadableStream, what: string): Promise<void> {
  for await (const event of readNdjson(body)) {
    const error = event.type === 'message' ? messageError(event.message) : undefined;
    if (error !== undefined) throw new Error(`${what} failed: ${error}`);
  }
}

/** Tags `image` as `ref` and pushes it through the API with these credentials. */
export async function pushImage(
  client: EngineClient,
  image: string,
  ref: string,
  auth: { username: string; password: string; serveraddress: string },
): Promise<void> {
  const colon = ref.lastIndexOf(':');
  const [repo, tag] = [ref.slice(0, colon), ref.slice(colon + 1)];
  const tagged = await client.request('POST', `/images/${encodeURIComponent(image)}/tag`, { query: { repo, tag } });
  tagged.body.resume();
  const pushed = await client.request('POST', `/images/${encodeURIComponent(repo)}/push`, {
    query: { tag },
    headers: { 'X-Registry-Auth': encodeAuthHeader(auth) },
  });
  await drain(pushed.body, `push of ${ref}`);
}
