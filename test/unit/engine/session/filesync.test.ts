// FileSync.DiffCopy as the engine drives it: every stat in walk order (directories before what they hold, parents
// of files kept by an exception or an include pattern), the content of the files it asks for, then FIN both ways.
import assert from 'node:assert/strict';
import { mkdirSync, mkdtempSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, describe, it } from 'node:test';
import { resolveContext } from '../../../../client/context/resolve';
import { contextDir, dockerfileDir, goFileMode } from '../../../../client/engine/session/context-source';
import { fileSyncService, syncRequestOf, type TransferStats } from '../../../../client/engine/session/filesync';
import { GrpcServer } from '../../../../client/engine/session/grpc';
import { decodePacket, encodePacket, PacketType } from '../../../../client/engine/session/proto';
import { Field, Root, Type } from 'protobufjs/light';
import { connect } from './grpc-client';

const roots: string[] = [];
after(() => roots.forEach((root) => rmSync(root, { recursive: true, force: true })));

function folder(files: Record<string, string>): string {
  const root = mkdtempSync(join(tmpdir(), 'dfs-sync-'));
  roots.push(root);
  for (const [path, content] of Object.entries(files)) {
    mkdirSync(join(root, path, '..'), { recursive: true });
    writeFileSync(join(root, path), content);
  }
  return root;
}

/** The stat fields the test reads, decoded with a schema of its own (field numbers from fsutil's stat.proto). */
const statReader: Type = (() => {
  const root = new Root();
  const stat = new Type('S').add(new Field('path', 1, 'string')).add(new Field('mode', 2, 'uint32'));
  root.add(stat);
  root.add(
    new Type('P')
      .add(new Field('type', 1, 'int32'))
      .add(new Field('stat', 2, 'S'))
      .add(new Field('ID', 3, 'uint32')),
  );
  return root.lookupType('P');
})();

function statOf(message: Buffer): { path: string; mode: number } | undefined {
  const packet = statReader.toObject(statReader.decode(message)) as { stat?: { path: string; mode: number } };
  return packet.stat;
}

/** Runs one DiffCopy: collects the stats, asks for the files named in `wanted`, returns what came back. */
async function diffCopy(root: string, metadata: Record<string, string[]>, wanted: string[] = []) {
  const stats: TransferStats = { files: 0, dataBytes: 0 };
  const ctx = resolveContext(root);
  const server = new GrpcServer();
  server.stream(
    '/moby.filesync.v1.FileSync/DiffCopy',
    fileSyncService(
      new Map([
        ['context', contextDir(ctx)],
        ['dockerfile', dockerfileDir(join(root, 'Dockerfile'))],
      ]),
      stats,
    ),
  );
  const client = await connect(server);
  const call = client.call('/moby.filesync.v1.FileSync/DiffCopy', metadata);
  const paths: string[] = [];
  for (let i = 0; ; i++) {
    await call.waitFor(i + 1);
    const message = call.received[i];
    assert.ok(message, 'the stats end with an empty one');
    const stat = statOf(message);
    if (!stat) break;
    paths.push(stat.path);
  }
  const contents: Record<string, string> = {};
  for (const path of wanted) {
    const id = paths.indexOf(path);
    const before = call.received.length;
    call.send(encodePacket({ type: PacketType.req, ID: id }));
    let data = '';
    for (let i = before; ; i++) {
      await call.waitFor(i + 1);
      const packet = decodePacket(call.received[i] ?? Buffer.alloc(0));
      assert.equal(packet.type, PacketType.data);
      assert.equal(packet.ID, id);
      if (packet.data.length === 0) break;
      data += packet.data.toString();
    }
    contents[path] = data;
  }
  const beforeFin = call.received.length;
  call.send(encodePacket({ type: PacketType.fin }));
  await call.waitFor(beforeFin + 1);
  assert.equal(decodePacket(call.received[beforeFin] ?? Buffer.alloc(0)).type, PacketType.fin, 'FIN is answered');
  call.end();
  const status = await call.status;
  await client.close();
  return { paths, contents, stats, status };
}

void describe('FileSync.DiffCopy', () => {
  void it('sends the context as .dockerignore leaves it, in walk order, and the files asked for', async () => {
    const root = folder({
      Dockerfile: 'FROM scratch\n',
      '.dockerignore': 'logs\n!logs/keep.log\nsecret.txt\n',
      'secret.txt': 'password',
      'logs/debug.log': 'd',
      'logs/keep.log': 'kept',
      'src/app.js': 'app',
      'src.txt': 's',
    });
    const { paths, contents, stats, status } = await diffCopy(root, { 'dir-name': ['context'] }, [
      'src/app.js',
      'logs/keep.log',
    ]);
    assert.deepEqual(paths, ['.dockerignore', 'Dockerfile', 'logs', 'logs/keep.log', 'src', 'src/app.js', 'src.txt']);
    assert.deepEqual(contents, { 'src/app.js': 'app', 'logs/keep.log': 'kept' });
    assert.deepEqual(stats, { files: 2, dataBytes: 7 });
    assert.equal(status.code, 0);
  });

  void it('honours follow paths and include patterns, with the parents of what they keep', async () => {
    const root = folder({
      Dockerfile: 'FROM scratch\n',
      '.dockerignore': 'x\n',
      x: 'ignored',
      'a/b/c.txt': 'c',
      'a/d.txt': 'd',
    });
    assert.deepEqual((await diffCopy(root, { 'dir-name': ['context'], followpaths: ['.dockerignore'] })).paths, [
      '.dockerignore',
    ]);
    const included = await diffCopy(root, { 'dir-name': ['context'], 'include-patterns': ['a/b'] });
    assert.deepEqual(included.paths, ['a', 'a/b', 'a/b/c.txt']);
    const named = await diffCopy(root, { 'dir-name': ['context'], followpaths: ['x', 'a/d.txt', 'a/b/c.txt', 'none'] });
    assert.deepEqual(
      named.paths,
      ['a', 'a/b', 'a/b/c.txt', 'a/d.txt'],
      'files named outright, the ignored one left out',
    );
  });

  void it('offers the Dockerfile alone as the "dockerfile" folder', async () => {
    const root = folder({ Dockerfile: 'FROM scratch\n', 'other.txt': 'o' });
    const { paths, contents } = await diffCopy(
      root,
      { 'dir-name': ['dockerfile'], followpaths: ['Dockerfile', 'Dockerfile.dockerignore'] },
      ['Dockerfile'],
    );
    assert.deepEqual(paths, ['Dockerfile']);
    assert.deepEqual(contents, { Dockerfile: 'FROM scratch\n' });
  });

  void it('refuses a folder it does not offer', async () => {
    const root = folder({ Dockerfile: 'FROM scratch\n' });
    const server = new GrpcServer();
    server.stream(
      '/moby.filesync.v1.FileSync/DiffCopy',
      fileSyncService(new Map([['context', contextDir(resolveContext(root))]]), { files: 0, dataBytes: 0 }),
    );
    const client = await connect(server);
    const call = client.call('/moby.filesync.v1.FileSync/DiffCopy', { 'dir-name': ['/etc'] });
    call.end();
    assert.equal((await call.status).code, 5);
    await client.close();
  });
});

void describe('session stats and options', () => {
  void it("gives Go's os.FileMode bits", () => {
    assert.equal(goFileMode('file', 0o644), 0o644);
    assert.equal(goFileMode('directory', 0o755), 2 ** 31 + 0o755);
    assert.equal(goFileMode('symlink', 0o777), 2 ** 27 + 0o777);
    assert.equal(goFileMode('file', 0o4755), 2 ** 23 + 0o755);
    assert.equal(goFileMode('character-device', 0o600), 2 ** 26 + 2 ** 21 + 0o600);
  });

  void it('reads fsutil options from metadata, query-unescaped when marked encoded', () => {
    const metadata = new Map([
      ['dir-name', ['context']],
      ['exclude-patterns', ['caf%C3%A9', 'a+b']],
      ['exclude-patterns-encoded', ['1']],
      ['followpaths', ['Dockerfile', 'x%20y']],
    ]);
    assert.deepEqual(syncRequestOf(metadata), {
      dirName: 'context',
      includes: [],
      excludes: ['café', 'a b'],
      followPaths: ['Dockerfile', 'x%20y'],
    });
  });

  void it('sends a symlink as a link, never followed', async () => {
    const root = folder({ Dockerfile: 'FROM scratch\n' });
    symlinkSync('/etc/passwd', join(root, 'link'));
    const { paths } = await diffCopy(root, { 'dir-name': ['context'] });
    assert.deepEqual(paths, ['Dockerfile', 'link']);
  });
});
