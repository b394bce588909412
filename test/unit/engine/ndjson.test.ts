// NDJSON as the engine streams it: any chunk split (inside multibyte characters too), \n and \r\n, bad lines reported.
import assert from 'node:assert/strict';
import { Readable } from 'node:stream';
import { describe, it } from 'node:test';
import { isEngineError } from '../../../client/engine/errors';
import {
  MAX_LINE_BYTES,
  messageError,
  NdjsonSplitter,
  readNdjson,
  type NdjsonEvent,
} from '../../../client/engine/ndjson';

function feed(chunks: (Buffer | string)[]): NdjsonEvent[] {
  const splitter = new NdjsonSplitter();
  return [...chunks.flatMap((c) => splitter.push(c)), ...splitter.end()];
}

const docker = Buffer.from(
  '{"stream":"Step 1/2 : RUN echo 한국어 🐳"}\r\n{"stream":"\\n"}\r\n{"aux":{"ID":"sha256:abc"}}\r\n',
);
const podman = Buffer.from('{"stream":"STEP 1/2: FROM base\\n"}\n{"stream":"é\\n"}\n');

const cases: { name: string; input: (Buffer | string)[]; want: NdjsonEvent[] }[] = [
  {
    name: 'Docker lines ending in \\r\\n',
    input: [docker],
    want: [
      { type: 'message', message: { stream: 'Step 1/2 : RUN echo 한국어 🐳' } },
      { type: 'message', message: { stream: '\n' } },
      { type: 'message', message: { aux: { ID: 'sha256:abc' } } },
    ],
  },
  {
    name: 'Podman lines ending in \\n',
    input: [podman],
    want: [
      { type: 'message', message: { stream: 'STEP 1/2: FROM base\n' } },
      { type: 'message', message: { stream: 'é\n' } },
    ],
  },
  {
    name: 'a last line without newline is flushed at the end',
    input: ['{"status":"done"}'],
    want: [{ type: 'message', message: { status: 'done' } }],
  },
  {
    name: 'blank lines are skipped',
    input: ['\n\r\n  \n{"a":1}\n'],
    want: [{ type: 'message', message: { a: 1 } as never }],
  },
  {
    name: 'a malformed line is reported and the stream goes on',
    input: ['{"stream":"ok"}\n{"stream": oops\n{"stream":"after"}\n'],
    want: [
      { type: 'message', message: { stream: 'ok' } },
      { type: 'malformed', line: '{"stream": oops', reason: 'x' },
      { type: 'message', message: { stream: 'after' } },
    ],
  },
  {
    name: 'a JSON value that is not an object is malformed',
    input: ['[1,2]\n42\n'],
    want: [
      { type: 'malformed', line: '[1,2]', reason: 'x' },
      { type: 'malformed', line: '42', reason: 'x' },
    ],
  },
];

/** Malformed reasons come from JSON.parse and vary between Node versions: compare everything else. */
function normalize(events: NdjsonEvent[]): unknown[] {
  return events.map((e) => (e.type === 'malformed' ? { ...e, reason: typeof e.reason } : e));
}

void describe('NdjsonSplitter', () => {
  for (const c of cases) void it(c.name, () => assert.deepEqual(normalize(feed(c.input)), normalize(c.want)));

  for (const [name, data] of [
    ['docker', docker],
    ['podman', podman],
  ] as const) {
    void it(`gives the same events for every two-chunk split of the ${name} stream, multibyte characters included`, () => {
      const whole = feed([data]);
      for (let cut = 0; cut <= data.length; cut++) {
        assert.deepEqual(feed([data.subarray(0, cut), data.subarray(cut)]), whole, `split at byte ${cut}`);
      }
    });
  }

  void it('gives the same events when fed one byte at a time', () => {
    const bytes = [...docker].map((b) => Buffer.from([b]));
    assert.deepEqual(feed(bytes), feed([docker]));
  });

  void it('an endless line: stops with an error naming the cap, in English and Korean, holding no more than the cap', () => {
    const splitter = new NdjsonSplitter(1024);
    assert.deepEqual(splitter.push('{"a":1}\n' + 'x'.repeat(1000)), [{ type: 'message', message: { a: 1 } }]);
    assert.throws(
      () => splitter.push('x'.repeat(100)),
      (err: unknown) => {
        assert.ok(isEngineError(err) && err.kind === 'protocol');
        assert.match(err.message, /longer than 1024 bytes/);
        assert.match(err.localized('ko').message, /1024 bytes을\(를\) 넘도록/);
        return true;
      },
    );
  });

  void it('the default cap is 16 MiB, and a line just under it is read', () => {
    const splitter = new NdjsonSplitter();
    const value = 'x'.repeat(MAX_LINE_BYTES - 20);
    assert.deepEqual(splitter.push(`{"stream":"${value}"}\n`), [{ type: 'message', message: { stream: value } }]);
    assert.throws(() => splitter.push('x'.repeat(MAX_LINE_BYTES + 1)), /longer than 16 MiB/);
  });

  void it('a long line in small chunks is split in linear time (each chunk scanned once, not the whole buffer)', () => {
    const splitter = new NdjsonSplitter();
    const piece = Buffer.from('x'.repeat(2048));
    const started = performance.now();
    splitter.push('{"stream":"');
    for (let i = 0; i < 4096; i++) splitter.push(piece); // 8 MiB: rescanning the buffer each time reads ~16 GB
    const events = splitter.push('"}\n');
    assert.equal((events[0] as { message: { stream: string } }).message.stream.length, 4096 * 2048);
    assert.ok(performance.now() - started < 2000, `took ${Math.round(performance.now() - started)} ms`);
  });

  void it('reads a whole stream through readNdjson', async () => {
    const events: NdjsonEvent[] = [];
    for await (const event of readNdjson(Readable.from([docker.subarray(0, 20), docker.subarray(20)])))
      events.push(event);
    assert.equal(events.length, 3);
  });
});

void describe('messageError', () => {
  const table = [
    { name: 'errorDetail.message wins', input: { errorDetail: { message: 'detail' }, error: 'short' }, want: 'detail' },
    { name: 'error alone', input: { error: 'short' }, want: 'short' },
    { name: 'errorDetail without message', input: { errorDetail: {} }, want: 'unknown error' },
    { name: 'a normal stream line', input: { stream: 'Step 1/1' }, want: undefined },
  ];
  for (const c of table) void it(c.name, () => assert.equal(messageError(c.input), c.want));
});
