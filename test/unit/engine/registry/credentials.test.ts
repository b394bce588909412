// Registry credentials as the docker CLI finds them: auths (base64 "user:password", legacy URL keys, identity
// tokens), credsStore and credHelpers run as docker-credential-<name> get|list; and the headers the engine reads.
import assert from 'node:assert/strict';
import { chmodSync, mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, describe, it } from 'node:test';
import { isEngineError } from '../../../../client/engine/errors';
import {
  encodeAuthHeader,
  RegistryCredentials,
  type HelperRunner,
} from '../../../../client/engine/registry/credentials';

const dirs: string[] = [];
after(() => dirs.forEach((dir) => rmSync(dir, { recursive: true, force: true })));

function configDir(config: object | string): string {
  const dir = mkdtempSync(join(tmpdir(), 'dfs-creds-'));
  dirs.push(dir);
  writeFileSync(join(dir, 'config.json'), typeof config === 'string' ? config : JSON.stringify(config));
  return dir;
}

const b64 = (text: string): string => Buffer.from(text).toString('base64');

/** A helper runner that answers from a table and records its calls. */
function fakeHelpers(answers: Record<string, Record<string, string>>): { run: HelperRunner; calls: string[] } {
  const calls: string[] = [];
  const run: HelperRunner = (helper, action, input) => {
    calls.push(`${helper} ${action} ${input}`);
    const answer = answers[helper]?.[action === 'list' ? 'list' : input];
    if (answer === undefined) return Promise.reject(new Error('credentials not found in native keychain'));
    return Promise.resolve(answer);
  };
  return { run, calls };
}

void describe('RegistryCredentials', () => {
  void it('reads auths: base64 user:password, Docker Hub under its URL, and legacy URL keys by host', async () => {
    const dir = configDir({
      auths: {
        'https://index.docker.io/v1/': { auth: b64('hubuser:hubpass') },
        'https://old.example.com/v1/': { auth: b64('old:pw:with:colons') },
        'reg.example.com': { identitytoken: 'refresh-token' },
      },
    });
    const creds = new RegistryCredentials({ env: { DOCKER_CONFIG: dir } });
    assert.deepEqual(await creds.credentials('registry-1.docker.io'), { username: 'hubuser', secret: 'hubpass' });
    assert.deepEqual(await creds.forRegistry('docker.io'), {
      username: 'hubuser',
      password: 'hubpass',
      serveraddress: 'https://index.docker.io/v1/',
    });
    assert.deepEqual(await creds.credentials('old.example.com'), { username: 'old', secret: 'pw:with:colons' });
    assert.deepEqual(await creds.credentials('reg.example.com'), { username: '', secret: 'refresh-token' });
    assert.deepEqual(await creds.credentials('elsewhere.example.com'), { username: '', secret: '' });
  });

  void it('asks the registry helper first, then credsStore; "<token>" means an identity token', async () => {
    const dir = configDir({ credsStore: 'desktop', credHelpers: { 'gcr.io': 'gcloud' }, auths: { 'gcr.io': {} } });
    const helpers = fakeHelpers({
      gcloud: { 'gcr.io': JSON.stringify({ Username: 'oauth2', Secret: 'g-secret' }) },
      desktop: {
        'reg.example.com': JSON.stringify({ Username: '<token>', Secret: 'id-token' }),
        list: JSON.stringify({ 'reg.example.com': '<token>', 'https://index.docker.io/v1/': 'x' }),
      },
    });
    const creds = new RegistryCredentials({ env: { DOCKER_CONFIG: dir }, runHelper: helpers.run });
    assert.deepEqual(await creds.credentials('gcr.io'), { username: 'oauth2', secret: 'g-secret' });
    assert.deepEqual(await creds.forRegistry('reg.example.com'), {
      identitytoken: 'id-token',
      serveraddress: 'reg.example.com',
    });
    assert.equal(await creds.forRegistry('docker.io'), undefined, 'not found in the store: no credentials');
    assert.deepEqual(Object.keys(await creds.all()).sort(), ['gcr.io', 'reg.example.com']);
    assert.ok(helpers.calls.includes('gcloud get gcr.io'));
  });

  void it('runs a real helper from PATH with the host on stdin, and names a missing or failing one', async () => {
    const dir = configDir({
      credHelpers: { 'ok.example.com': 'test', 'bad.example.com': 'broken', 'gone.example.com': 'absent' },
    });
    const bin = join(dir, 'bin');
    mkdirSync(bin);
    const script = (name: string, body: string): void => {
      writeFileSync(join(bin, `docker-credential-${name}`), `#!/bin/sh\n${body}\n`);
      chmodSync(join(bin, `docker-credential-${name}`), 0o755);
    };
    script('test', 'host=$(cat); printf \'{"Username":"u-%s","Secret":"s"}\' "$host"');
    script('broken', 'echo "keychain locked" >&2; exit 3');
    const env = { DOCKER_CONFIG: dir, PATH: `${bin}:/usr/bin:/bin` };
    const creds = new RegistryCredentials({ env });
    assert.deepEqual(await creds.credentials('ok.example.com'), { username: 'u-ok.example.com', secret: 's' });
    const failed = await creds.credentials('bad.example.com').catch((err: unknown) => err);
    assert.ok(isEngineError(failed) && failed.kind === 'auth');
    assert.match(failed.message, /docker-credential-broken" failed for bad.example.com: keychain locked/);
    const missing = await creds.credentials('gone.example.com').catch((err: unknown) => err);
    assert.ok(isEngineError(missing));
    assert.match(missing.message, /"docker-credential-absent" named in .*config.json is not installed/);
    assert.match(missing.hint ?? '', /credHelpers/);
  });

  void it('a helper that hangs is stopped after its time limit', async () => {
    const dir = configDir({ credsStore: 'slow' });
    const bin = join(dir, 'bin');
    mkdirSync(bin);
    writeFileSync(join(bin, 'docker-credential-slow'), '#!/bin/sh\nexec sleep 10\n');
    chmodSync(join(bin, 'docker-credential-slow'), 0o755);
    const creds = new RegistryCredentials({
      env: { DOCKER_CONFIG: dir, PATH: `${bin}:/usr/bin:/bin` },
      helperTimeoutMs: 300,
    });
    const started = Date.now();
    const error = await creds.credentials('reg.example.com').catch((err: unknown) => err);
    assert.ok(Date.now() - started < 5000);
    assert.match(String((error as Error).message), /no answer within 0.3 s/);
  });

  void it('an invalid config.json is one clear error naming the file; a missing one means no credentials', async () => {
    const bad = new RegistryCredentials({ env: { DOCKER_CONFIG: configDir('{ not json') } });
    const error = await bad.credentials('x.example.com').catch((err: unknown) => err);
    assert.ok(isEngineError(error) && error.kind === 'auth');
    assert.match(error.message, /config\.json cannot be read: it is not valid JSON/);
    const none = new RegistryCredentials({ env: { DOCKER_CONFIG: join(tmpdir(), 'dfs-no-such-config') } });
    assert.deepEqual(await none.all(), {});
  });
});

void describe('encodeAuthHeader', () => {
  void it('is base64url with padding, as the engine decodes it', () => {
    const value = { username: 'a?>', password: '~~~' };
    const header = encodeAuthHeader(value);
    assert.doesNotMatch(header, /[+/]/);
    assert.match(header, /=$/);
    assert.deepEqual(JSON.parse(Buffer.from(header, 'base64url').toString()), value);
  });
});
