// gRPC as our session serves it: the 5-byte framing whatever the chunking, statuses in trailers (or trailers-only),
// Unimplemented for methods we do not serve, repeated metadata keys, and streams both ways.
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { frameMessages, GrpcCode, GrpcError, GrpcServer, MessageReader } from '../../../../client/engine/session/grpc';
import { connect } from './grpc-client';

void describe('gRPC framing', () => {
  void it('prefixes each message with a zero flag and its big-endian length', () => {
    const framed = frameMessages([Buffer.from('ab'), Buffer.alloc(0)]);
    assert.deepEqual([...framed], [0, 0, 0, 0, 2, 0x61, 0x62, 0, 0, 0, 0, 0]);
  });

  void it('reads messages back whatever the chunk boundaries', () => {
    const messages = [Buffer.from('first'), Buffer.alloc(0), Buffer.alloc(70000, 7)];
    const framed = frameMessages(messages);
    for (const size of [1, 3, 5, 6, 4096, framed.length]) {
      const reader = new MessageReader();
      const out: Buffer[] = [];
      for (let i = 0; i < framed.length; i += size) out.push(...reader.push(framed.subarray(i, i + size)));
      assert.deepEqual(out, messages, `chunks of ${size}`);
      assert.equal(reader.pending, 0);
    }
  });

  void it('refuses compressed messages (we announce no encoding)', () => {
    const framed = frameMessages([Buffer.from('x')]);
    framed[0] = 1;
    assert.throws(
      () => new MessageReader().push(framed),
      (err: unknown) => err instanceof GrpcError && err.code === GrpcCode.internal,
    );
  });
});

void describe('GrpcServer', () => {
  void it('answers a unary call, with status 0 in the trailers', async () => {
    const server = new GrpcServer();
    server.unary('/t.S/Echo', (request) => Promise.resolve(Buffer.concat([request, Buffer.from('!')])));
    const client = await connect(server);
    const call = client.call('/t.S/Echo');
    call.send(Buffer.from('hi'));
    call.end();
    assert.deepEqual(await call.status, { code: 0, message: '' });
    assert.deepEqual(call.received, [Buffer.from('hi!')]);
    assert.equal(server.bytesSent, 5 + 3);
    await client.close();
  });

  void it('answers Unimplemented for a method it does not serve, and a handler error as its status', async () => {
    const server = new GrpcServer();
    server.unary('/t.S/Fail', () => Promise.reject(new GrpcError(GrpcCode.notFound, 'no such thing: é')));
    const client = await connect(server);
    const unknown = client.call('/t.S/Other');
    unknown.end();
    assert.equal((await unknown.status).code, GrpcCode.unimplemented);
    const failing = client.call('/t.S/Fail');
    failing.send(Buffer.alloc(0));
    failing.end();
    const status = await failing.status;
    assert.equal(status.code, GrpcCode.notFound);
    assert.equal(decodeURIComponent(status.message), 'no such thing: é');
    await client.close();
  });

  void it('streams both ways and keeps every value of a repeated metadata key', async () => {
    const server = new GrpcServer();
    server.stream('/t.S/Chat', async (call) => {
      await call.send(Buffer.from(call.metadata.get('followpaths')?.join('|') ?? ''));
      for await (const message of call.messages) await call.send(Buffer.from(message.toString().toUpperCase()));
    });
    assert.deepEqual(server.methods, ['/t.S/Chat']);
    const client = await connect(server);
    const call = client.call('/t.S/Chat', { followpaths: ['Dockerfile', 'a,b'] });
    call.send(Buffer.from('one'), Buffer.from('two'));
    await call.waitFor(3);
    call.end();
    assert.equal((await call.status).code, 0);
    assert.deepEqual(call.received.map(String), ['Dockerfile|a,b', 'ONE', 'TWO']);
    await client.close();
  });
});
