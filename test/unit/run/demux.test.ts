import { test } from 'node:test';
import assert from 'node:assert/strict';
import { createHash, randomBytes } from 'node:crypto';
import {
  attachDecoder,
  encodeFrame,
  FrameDemuxer,
  FrameFormatError,
  type OutputChunk,
} from '../../../client/engine/demux.js';

interface Piece {
  stream: 'stdout' | 'stderr';
  text: string;
}

/** Joins adjacent pieces of the same stream, so results do not depend on how the input was chunked. */
function merge(chunks: OutputChunk[]): Piece[] {
  const out: Piece[] = [];
  for (const { stream, data } of chunks) {
    const last = out[out.length - 1];
    if (last && last.stream === stream) last.text += data.toString('latin1');
    else out.push({ stream, text: data.toString('latin1') });
  }
  return out;
}

function decodeIn(pieces: Buffer[]): { chunks: OutputChunk[]; midFrame: boolean } {
  const demux = new FrameDemuxer();
  const chunks = pieces.flatMap((p) => demux.push(p));
  return { chunks, midFrame: demux.midFrame };
}

const wire = Buffer.concat([
  encodeFrame(1, Buffer.from('hello\n')),
  encodeFrame(2, Buffer.from('oops: 안녕\n')),
  encodeFrame(1, Buffer.alloc(0)),
  encodeFrame(1, Buffer.from('bye')),
]);
const wanted: Piece[] = [
  { stream: 'stdout', text: 'hello\n' },
  { stream: 'stderr', text: Buffer.from('oops: 안녕\n').toString('latin1') },
  { stream: 'stdout', text: 'bye' },
];

void test('decodes frames split at every byte boundary', () => {
  for (let cut = 0; cut <= wire.length; cut++) {
    const { chunks, midFrame } = decodeIn([wire.subarray(0, cut), wire.subarray(cut)]);
    assert.deepEqual(merge(chunks), wanted, `split at ${cut}`);
    assert.equal(midFrame, false);
  }
});

void test('decodes frames split at every pair of byte boundaries', () => {
  for (let a = 0; a <= wire.length; a++) {
    for (let b = a; b <= wire.length; b++) {
      const { chunks } = decodeIn([wire.subarray(0, a), wire.subarray(a, b), wire.subarray(b)]);
      assert.deepEqual(merge(chunks), wanted, `split at ${a} and ${b}`);
    }
  }
});

void test('decodes frames fed one byte at a time', () => {
  const bytes = [...wire].map((b) => Buffer.from([b]));
  assert.deepEqual(merge(decodeIn(bytes).chunks), wanted);
});

void test('streams a large frame in pieces without waiting for its end', () => {
  const payload = randomBytes(3 * 1024 * 1024 + 17);
  const framed = encodeFrame(2, payload);
  const demux = new FrameDemuxer();
  const first = demux.push(framed.subarray(0, 65536));
  assert.equal(first.length, 1, 'the first chunk already yields payload');
  assert.equal(first[0]?.data.length, 65536 - 8);
  const received = [...first];
  for (let at = 65536; at < framed.length; at += 65536) received.push(...demux.push(framed.subarray(at, at + 65536)));
  const joined = Buffer.concat(received.map((c) => c.data));
  assert.ok(received.every((c) => c.stream === 'stderr'));
  assert.equal(createHash('sha256').update(joined).digest('hex'), createHash('sha256').update(payload).digest('hex'));
  assert.equal(demux.midFrame, false);
});

void test('zero-length frames produce nothing and keep the decoder in step', () => {
  const onlyEmpty = Buffer.concat([encodeFrame(1, Buffer.alloc(0)), encodeFrame(2, Buffer.alloc(0))]);
  assert.deepEqual(decodeIn([onlyEmpty]).chunks, []);
  const framed = Buffer.concat([onlyEmpty, encodeFrame(2, Buffer.from('x'))]);
  assert.deepEqual(merge(decodeIn([framed]).chunks), [{ stream: 'stderr', text: 'x' }]);
});

void test('stdin frames (stream 0) are shown as stdout', () => {
  assert.deepEqual(merge(decodeIn([encodeFrame(0, Buffer.from('in'))]).chunks), [{ stream: 'stdout', text: 'in' }]);
});

void test('reports a stream cut in the middle of a header or a payload', () => {
  const frame = encodeFrame(1, Buffer.from('abc'));
  for (let cut = 1; cut < frame.length; cut++) {
    assert.equal(decodeIn([frame.subarray(0, cut)]).midFrame, true, `cut at ${cut}`);
  }
});

void test('an unknown stream byte is a format error, not silent garbage', () => {
  const bad = encodeFrame(1, Buffer.from('x'));
  bad[0] = 7;
  assert.throws(
    () => new FrameDemuxer().push(bad),
    (e: unknown) => e instanceof FrameFormatError && e.streamByte === 7,
  );
});

void test('a TTY stream is raw: bytes pass through untouched as stdout', () => {
  const decoder = attachDecoder(true);
  const raw = encodeFrame(2, Buffer.from('looks like a frame'));
  assert.deepEqual(decoder.push(raw), [{ stream: 'stdout', data: raw }]);
  assert.deepEqual(decoder.push(Buffer.alloc(0)), []);
  assert.equal(decoder.midFrame, false);
});
