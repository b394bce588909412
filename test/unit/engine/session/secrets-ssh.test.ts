// --secret and --ssh: read as docker reads them, secrets served by id (NotFound otherwise), missing sources stopped
// before the build, and ForwardAgent passing bytes both ways between the engine and the agent's socket.
import assert from 'node:assert/strict';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import * as net from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, describe, it } from 'node:test';
import { isEngineError } from '../../../../client/engine/errors';
import { GrpcServer } from '../../../../client/engine/session/grpc';
import { decodeBytesMessage, encodeBytesMessage } from '../../../../client/engine/session/proto';
import { parseSecretSpec, registerSecrets, SecretStore } from '../../../../client/engine/session/secrets';
import { parseSshSpec, registerSsh, SshAgents } from '../../../../client/engine/session/ssh';
import { Field, Root, Type } from 'protobufjs/light';
import { connect } from './grpc-client';

const dir = mkdtempSync(join(tmpdir(), 'dfs-secrets-'));
after(() => rmSync(dir, { recursive: true, force: true }));

/** GetSecretRequest / GetSecretResponse with field numbers from BuildKit's secrets.proto. */
const root = new Root();
root.add(new Type('Req').add(new Field('ID', 1, 'string')));
root.add(new Type('Res').add(new Field('data', 1, 'bytes')));
const request = root.lookupType('Req');
const response = root.lookupType('Res');

void describe('--secret', () => {
  void it('reads id=…,src=… and id=…,env=… (type=, source=, and an id alone meaning its variable)', () => {
    assert.deepEqual(parseSecretSpec('id=a,src=key.txt', '/w'), {
      id: 'a',
      source: { kind: 'file', path: '/w/key.txt' },
    });
    assert.deepEqual(parseSecretSpec('type=file,id=a,source=/k', '/w'), {
      id: 'a',
      source: { kind: 'file', path: '/k' },
    });
    assert.deepEqual(parseSecretSpec('id=a,env=TOKEN', '/w'), { id: 'a', source: { kind: 'env', variable: 'TOKEN' } });
    assert.deepEqual(parseSecretSpec('id=GH_TOKEN', '/w'), {
      id: 'GH_TOKEN',
      source: { kind: 'env', variable: 'GH_TOKEN' },
    });
    for (const bad of ['src=x', 'id=', 'id=a,src=x,env=Y', 'id=a,type=ssh', 'id=a,mode=0400', 'id=a,id=b', 'token'])
      assert.equal(parseSecretSpec(bad, '/w'), undefined, bad);
  });

  void it('stops the build before it starts when a source is missing, without the value in the message', () => {
    assert.throws(
      () => SecretStore.load([{ id: 'a', source: { kind: 'file', path: join(dir, 'none') } }], {}),
      (err: unknown) => isEngineError(err) && /secret "a" cannot be read from .*none: ENOENT/.test(err.message),
    );
    assert.throws(
      () => SecretStore.load([{ id: 'b', source: { kind: 'env', variable: 'NOT_SET_HERE' } }], {}),
      (err: unknown) => isEngineError(err) && /environment variable NOT_SET_HERE, which is not set/.test(err.message),
    );
  });

  void it('serves each secret by id, and NotFound for others', async () => {
    writeFileSync(join(dir, 'token'), 'file-value');
    const store = SecretStore.load(
      [
        { id: 'file', source: { kind: 'file', path: join(dir, 'token') } },
        { id: 'env', source: { kind: 'env', variable: 'SECRET_VALUE' } },
      ],
      { SECRET_VALUE: 'env-value' },
    );
    const server = new GrpcServer();
    registerSecrets(server, store);
    const client = await connect(server);
    const ask = async (id: string) => {
      const call = client.call('/moby.buildkit.secrets.v1.Secrets/GetSecret');
      call.send(request.encode({ ID: id }).finish());
      call.end();
      const status = await call.status;
      const data = call.received[0]
        ? Buffer.from((response.decode(call.received[0]) as unknown as { data: Uint8Array }).data)
        : undefined;
      return { code: status.code, value: data?.toString() };
    };
    assert.deepEqual(await ask('file'), { code: 0, value: 'file-value' });
    assert.deepEqual(await ask('env'), { code: 0, value: 'env-value' });
    assert.equal((await ask('other')).code, 5);
    await client.close();
  });
});

void describe('--ssh', () => {
  void it('reads default, ID and ID=PATH[,PATH]', () => {
    assert.deepEqual(parseSshSpec('default'), { id: 'default', paths: [] });
    assert.deepEqual(parseSshSpec('deploy=/a,/b'), { id: 'deploy', paths: ['/a', '/b'] });
    for (const bad of ['', '=x', 'a=', 'a=/x,', 'a b']) assert.equal(parseSshSpec(bad), undefined, bad);
  });

  void it('needs SSH_AUTH_SOCK for default, and an existing path otherwise', async () => {
    const noAgent = await SshAgents.start([{ id: 'default', paths: [] }], {}).catch((err: unknown) => err);
    assert.ok(isEngineError(noAgent));
    assert.match(noAgent.message, /SSH_AUTH_SOCK is not set/);
    const noPath = await SshAgents.start([{ id: 'x', paths: [join(dir, 'missing')] }], {}).catch((err: unknown) => err);
    assert.ok(isEngineError(noPath));
    assert.match(noPath.message, /cannot use .*missing: no such file/);
  });

  void it('forwards bytes between the engine and the agent socket, for the id asked', async () => {
    const socket = join(dir, 'agent.sock');
    const agent = net.createServer((conn) =>
      conn.on('data', (data: Buffer) => conn.end(Buffer.concat([Buffer.from('agent:'), data]))),
    );
    await new Promise<void>((resolve) => agent.listen(socket, resolve));
    const agents = await SshAgents.start([{ id: 'default', paths: [] }], { SSH_AUTH_SOCK: socket });
    const server = new GrpcServer();
    registerSsh(server, agents);
    const client = await connect(server);
    const check = client.call('/moby.sshforward.v1.SSH/CheckAgent');
    check.send(Buffer.alloc(0));
    check.end();
    assert.equal((await check.status).code, 0);
    const call = client.call('/moby.sshforward.v1.SSH/ForwardAgent', { 'buildkit.ssh.id': ['default'] });
    call.send(encodeBytesMessage(Buffer.from('hello')));
    call.end();
    assert.equal((await call.status).code, 0);
    assert.equal(Buffer.concat(call.received.map(decodeBytesMessage)).toString(), 'agent:hello');
    const unknown = client.call('/moby.sshforward.v1.SSH/ForwardAgent', { 'buildkit.ssh.id': ['other'] });
    unknown.end();
    assert.equal((await unknown.status).code, 5);
    await client.close();
    agents.close();
    await new Promise<void>((resolve) => agent.close(() => resolve()));
  });
});
