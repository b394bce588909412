import { test } from 'node:test';
import assert from 'node:assert/strict';
import { StreamLines } from '../../../client/extension/core/stream-lines';

type Chunk = ['stdout' | 'stderr', string | Buffer];

function feed(chunks: Chunk[]): string {
  const lines = new StreamLines();
  return (
    chunks.map(([stream, data]) => lines.push(stream, Buffer.isBuffer(data) ? data : Buffer.from(data))).join('') +
    lines.flush()
  );
}

void test('stream lines', async (t) => {
  const hangul = Buffer.from('안녕\n');
  const cases: { name: string; chunks: Chunk[]; want: string }[] = [
    { name: 'stdout passes through', chunks: [['stdout', 'hello\n']], want: 'hello\n' },
    { name: 'stderr lines are marked', chunks: [['stderr', 'oops\nagain\n']], want: '[stderr] oops\n[stderr] again\n' },
    {
      name: 'an empty stderr line is marked too',
      chunks: [['stderr', 'a\n\nb\n']],
      want: '[stderr] a\n[stderr]\n[stderr] b\n',
    },
    {
      name: 'a line split across chunks is whole',
      chunks: [
        ['stdout', 'hel'],
        ['stdout', 'lo\n'],
      ],
      want: 'hello\n',
    },
    {
      name: 'interleaved streams keep their own partial lines',
      chunks: [
        ['stdout', 'out-'],
        ['stderr', 'err\n'],
        ['stdout', 'line\n'],
      ],
      want: '[stderr] err\nout-line\n',
    },
    {
      name: 'multibyte characters split across chunks',
      chunks: [
        ['stdout', hangul.subarray(0, 4)],
        ['stdout', hangul.subarray(4)],
      ],
      want: '안녕\n',
    },
    { name: 'a last line without newline is flushed', chunks: [['stdout', 'no newline']], want: 'no newline\n' },
    { name: 'a stderr tail is flushed and marked', chunks: [['stderr', 'tail']], want: '[stderr] tail\n' },
  ];
  for (const { name, chunks, want } of cases) {
    await t.test(name, () => assert.equal(feed(chunks), want));
  }
});

void test('a very long line without newline is not held back', () => {
  const lines = new StreamLines();
  const out = lines.push('stdout', Buffer.from('x'.repeat(5000)));
  assert.equal(out.length, 5000);
});
