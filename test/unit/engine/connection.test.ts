// Endpoint resolution as the docker CLI does it: explicit host > DOCKER_HOST > docker context > default sockets.
import assert from 'node:assert/strict';
import { createHash } from 'node:crypto';
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, describe, it } from 'node:test';
import { resolveEngineEndpoint, type EngineEndpoint } from '../../../client/engine/connection';
import { EngineError } from '../../../client/engine/errors';

const home = mkdtempSync(join(tmpdir(), 'dfs-conn-'));
after(() => rmSync(home, { recursive: true, force: true }));

function writeContext(
  configDir: string,
  name: string,
  host: string,
  opts: { skipTls?: boolean; tls?: string[] } = {},
): string {
  const digest = createHash('sha256').update(name).digest('hex');
  const metaDir = join(configDir, 'contexts', 'meta', digest);
  mkdirSync(metaDir, { recursive: true });
  writeFileSync(
    join(metaDir, 'meta.json'),
    JSON.stringify({
      Name: name,
      Metadata: {},
      Endpoints: { docker: { Host: host, SkipTLSVerify: opts.skipTls ?? false } },
    }),
  );
  const tlsDir = join(configDir, 'contexts', 'tls', digest, 'docker');
  if (opts.tls) {
    mkdirSync(tlsDir, { recursive: true });
    for (const file of opts.tls) writeFileSync(join(tlsDir, file), 'pem');
  }
  return tlsDir;
}

const dockerConfig = join(home, '.docker');
writeContext(dockerConfig, 'remote', 'tcp://build.example:2376', { tls: ['ca.pem', 'cert.pem', 'key.pem'] });
writeContext(dockerConfig, 'insecure', 'tcp://10.0.0.5:2376', { skipTls: true, tls: ['cert.pem', 'key.pem'] });
writeContext(dockerConfig, 'colima', 'unix:///home/u/.colima/docker.sock');
const otherConfig = join(home, 'other-config');
writeContext(otherConfig, 'viassh', 'ssh://deploy@builder:2222');
writeFileSync(join(otherConfig, 'config.json'), JSON.stringify({ currentContext: 'viassh' }));

const none = (): boolean => false;
const only =
  (...paths: string[]) =>
  (p: string): boolean =>
    paths.includes(p);

interface Case {
  name: string;
  host?: string;
  env?: NodeJS.ProcessEnv;
  platform?: NodeJS.Platform;
  exists?: (p: string) => boolean;
  want: Partial<EngineEndpoint>;
}

const cases: Case[] = [
  {
    name: 'default socket when nothing is configured',
    exists: none,
    want: { host: 'unix:///var/run/docker.sock', kind: 'unix', socketPath: '/var/run/docker.sock', source: 'default' },
  },
  {
    name: 'Docker Desktop socket when only it exists',
    exists: only(join(home, '.docker/run/docker.sock')),
    want: { kind: 'unix', socketPath: join(home, '.docker/run/docker.sock'), source: 'default' },
  },
  {
    name: 'rootful Podman socket when there is no Docker',
    exists: only('/run/podman/podman.sock'),
    want: { socketPath: '/run/podman/podman.sock', source: 'podman' },
  },
  {
    name: 'rootless Podman socket under XDG_RUNTIME_DIR',
    env: { XDG_RUNTIME_DIR: '/run/user/1000' },
    exists: only('/run/user/1000/podman/podman.sock'),
    want: { socketPath: '/run/user/1000/podman/podman.sock', source: 'podman' },
  },
  {
    name: 'Docker wins over Podman when both exist',
    exists: only('/var/run/docker.sock', '/run/podman/podman.sock'),
    want: { socketPath: '/var/run/docker.sock', source: 'default' },
  },
  {
    name: 'Windows named pipe by default',
    platform: 'win32',
    want: { kind: 'npipe', socketPath: '\\\\.\\pipe\\docker_engine', source: 'default' },
  },
  {
    name: 'DOCKER_HOST unix',
    env: { DOCKER_HOST: 'unix:///tmp/d.sock' },
    want: { kind: 'unix', socketPath: '/tmp/d.sock', source: 'DOCKER_HOST' },
  },
  {
    name: 'DOCKER_HOST tcp without TLS',
    env: { DOCKER_HOST: 'tcp://10.1.2.3:2375' },
    want: { kind: 'tcp', hostname: '10.1.2.3', port: 2375, tls: undefined },
  },
  {
    name: 'DOCKER_HOST tcp default port 2375',
    env: { DOCKER_HOST: 'tcp://engine' },
    want: { hostname: 'engine', port: 2375 },
  },
  {
    name: 'DOCKER_TLS_VERIFY (any value) turns on verified TLS with certs from DOCKER_CERT_PATH',
    env: { DOCKER_HOST: 'tcp://engine:2376', DOCKER_TLS_VERIFY: '0', DOCKER_CERT_PATH: '/certs' },
    want: {
      kind: 'tcp',
      port: 2376,
      tls: { verify: true, caFile: '/certs/ca.pem', certFile: '/certs/cert.pem', keyFile: '/certs/key.pem' },
    },
  },
  {
    name: 'DOCKER_CERT_PATH defaults to ~/.docker; default TLS port 2376',
    env: { DOCKER_HOST: 'tcp://engine', DOCKER_TLS_VERIFY: '1' },
    want: {
      port: 2376,
      tls: {
        verify: true,
        caFile: join(home, '.docker/ca.pem'),
        certFile: join(home, '.docker/cert.pem'),
        keyFile: join(home, '.docker/key.pem'),
      },
    },
  },
  {
    name: 'empty DOCKER_TLS_VERIFY is off',
    env: { DOCKER_HOST: 'tcp://engine:2375', DOCKER_TLS_VERIFY: '' },
    want: { tls: undefined },
  },
  {
    name: 'npipe DOCKER_HOST',
    env: { DOCKER_HOST: 'npipe:////./pipe/podman' },
    want: { kind: 'npipe', socketPath: '\\\\.\\pipe\\podman' },
  },
  {
    name: 'ssh with user and port',
    env: { DOCKER_HOST: 'ssh://me@box.example:2200' },
    want: { kind: 'ssh', hostname: 'box.example', port: 2200, sshUser: 'me' },
  },
  {
    name: 'ssh without user',
    env: { DOCKER_HOST: 'ssh://box' },
    want: { kind: 'ssh', hostname: 'box', sshUser: undefined, port: undefined },
  },
  {
    name: 'explicit host option wins over DOCKER_HOST',
    host: 'unix:///run/podman-dev/podman.sock',
    env: { DOCKER_HOST: 'tcp://x:1' },
    want: { socketPath: '/run/podman-dev/podman.sock', source: 'option' },
  },
  {
    name: 'DOCKER_HOST wins over DOCKER_CONTEXT',
    env: { DOCKER_HOST: 'unix:///a.sock', DOCKER_CONTEXT: 'remote' },
    want: { socketPath: '/a.sock', source: 'DOCKER_HOST' },
  },
  {
    name: 'DOCKER_CONTEXT with its TLS files',
    env: { DOCKER_CONTEXT: 'remote' },
    want: {
      kind: 'tcp',
      hostname: 'build.example',
      port: 2376,
      source: 'context',
      contextName: 'remote',
      tls: tlsOf('remote', true, ['ca', 'cert', 'key']),
    },
  },
  {
    name: 'context with SkipTLSVerify and no CA',
    env: { DOCKER_CONTEXT: 'insecure' },
    want: { tls: tlsOf('insecure', false, ['cert', 'key']) },
  },
  {
    name: 'unix context',
    env: { DOCKER_CONTEXT: 'colima' },
    want: { kind: 'unix', socketPath: '/home/u/.colima/docker.sock', source: 'context' },
  },
  {
    name: 'currentContext from $DOCKER_CONFIG/config.json',
    env: { DOCKER_CONFIG: otherConfig },
    want: { kind: 'ssh', hostname: 'builder', port: 2222, sshUser: 'deploy', contextName: 'viassh' },
  },
  {
    name: 'DOCKER_CONTEXT=default uses the default socket',
    env: { DOCKER_CONTEXT: 'default', DOCKER_CONFIG: otherConfig },
    exists: none,
    want: { socketPath: '/var/run/docker.sock', source: 'default' },
  },
];

function tlsOf(context: string, verify: boolean, files: string[]): EngineEndpoint['tls'] {
  const dir = join(dockerConfig, 'contexts', 'tls', createHash('sha256').update(context).digest('hex'), 'docker');
  const tls: NonNullable<EngineEndpoint['tls']> = { verify };
  if (files.includes('ca')) tls.caFile = join(dir, 'ca.pem');
  if (files.includes('cert')) tls.certFile = join(dir, 'cert.pem');
  if (files.includes('key')) tls.keyFile = join(dir, 'key.pem');
  return tls;
}

void describe('resolveEngineEndpoint', () => {
  for (const c of cases) {
    void it(c.name, () => {
      const got = resolveEngineEndpoint({
        home,
        env: c.env ?? {},
        platform: c.platform ?? 'linux',
        exists: c.exists ?? none,
        ...(c.host ? { host: c.host } : {}),
      });
      for (const [key, value] of Object.entries(c.want)) assert.deepEqual(got[key as keyof EngineEndpoint], value, key);
    });
  }

  const invalid = [
    { name: 'unknown scheme', env: { DOCKER_HOST: 'fd://' } },
    { name: 'no scheme', env: { DOCKER_HOST: '/var/run/docker.sock' } },
    { name: 'empty unix path', env: { DOCKER_HOST: 'unix://' } },
    { name: 'ssh with a path', env: { DOCKER_HOST: 'ssh://host/path' } },
    { name: 'missing context', env: { DOCKER_CONTEXT: 'nosuch' } },
  ];
  for (const c of invalid) {
    void it(`rejects ${c.name} with a config error`, () => {
      assert.throws(
        () => resolveEngineEndpoint({ home, env: c.env, exists: none }),
        (err: unknown) => {
          assert.ok(err instanceof EngineError);
          assert.equal(err.kind, 'config');
          assert.ok(err.hint, 'has a hint');
          return true;
        },
      );
    });
  }
});
