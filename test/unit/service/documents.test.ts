import { test } from 'node:test';
import assert from 'node:assert/strict';
import fc from 'fast-check';
import { DocumentStore, LineBuffer, type TextChange } from '../../../server/documents';
import { LineIndex } from '../../../server/service/index';
import { lineStarts } from '../../../core/parser/text';

/** The reference: apply a change by offsets on the whole string. */
function naiveApply(text: string, change: TextChange): string {
  if (!change.range) return change.text;
  const index = new LineIndex(text);
  const start = index.offsetAt(change.range.start);
  const end = Math.max(start, index.offsetAt(change.range.end));
  return text.slice(0, start) + change.text + text.slice(end);
}

const pieces = fc.constantFrom('a', 'RUN x', ' ', '\\', '\n', '\r\n', '\r', 'é', '한', '😀', '\t', 'EOF');
const texts = fc.array(pieces, { maxLength: 30 }).map((parts) => parts.join(''));
const positions = fc.record({ line: fc.integer({ min: -1, max: 8 }), character: fc.integer({ min: -1, max: 12 }) });
const changes = fc.oneof(
  { weight: 9, arbitrary: fc.record({ range: fc.record({ start: positions, end: positions }), text: texts }) },
  { weight: 1, arbitrary: fc.record({ text: texts }) },
);
/** After a change the store may read the text, its line starts, both or neither. */
const reads = fc.record({ text: fc.boolean(), starts: fc.boolean() });

void test('LineBuffer applies any sequence of LSP changes exactly like whole-string splicing (LF, CRLF, CR)', () => {
  fc.assert(
    fc.property(texts, fc.array(fc.tuple(changes, reads), { maxLength: 12 }), (initial, edits) => {
      const buffer = new LineBuffer(initial);
      let expected = initial;
      for (const [change, read] of edits) {
        buffer.apply(change);
        expected = naiveApply(expected, change);
        if (read.starts) assert.deepEqual(buffer.lineStarts(), lineStarts(expected));
        if (read.text) assert.equal(buffer.text, expected);
      }
      assert.equal(buffer.text, expected);
    }),
    { numRuns: 3000 },
  );
});

const cases: { name: string; text: string; change: TextChange; want: string }[] = [
  {
    name: 'insert a line break',
    text: 'FROM a\nRUN b',
    change: { range: { start: { line: 0, character: 6 }, end: { line: 0, character: 6 } }, text: '\nUSER c' },
    want: 'FROM a\nUSER c\nRUN b',
  },
  {
    name: 'join lines across CRLF',
    text: 'A\r\nB\r\nC',
    change: { range: { start: { line: 0, character: 1 }, end: { line: 1, character: 0 } }, text: '' },
    want: 'AB\r\nC',
  },
  {
    name: 'a \\n after a lone \\r forms one CRLF',
    text: 'A\rB\nC',
    change: { range: { start: { line: 1, character: 0 }, end: { line: 1, character: 1 } }, text: '' },
    want: 'A\r\nC',
  },
  {
    name: 'range past the end appends',
    text: 'A\n',
    change: { range: { start: { line: 5, character: 0 }, end: { line: 5, character: 0 } }, text: 'B' },
    want: 'A\nB',
  },
  { name: 'full replacement', text: 'old', change: { text: 'new\n' }, want: 'new\n' },
];

for (const { name, text, change, want } of cases) {
  void test(`LineBuffer: ${name}`, () => {
    const buffer = new LineBuffer(text);
    buffer.apply(change);
    assert.equal(buffer.text, want);
  });
}

void test('DocumentStore parses once per version and shares the parse and findings between features', () => {
  const store = new DocumentStore();
  const uri = 'file:///Dockerfile';
  store.open(uri, 1, 'FROM alpine\nCMD a\nCMD b\n');
  const first = store.get(uri);
  assert.ok(first);
  assert.equal(store.get(uri), first);
  assert.equal(first.ast, first.ast);
  assert.equal(first.findings({ locale: 'en' }), first.findings({ locale: 'en' }));
  assert.ok(
    store.update(uri, 2, [{ range: { start: { line: 1, character: 4 }, end: { line: 1, character: 5 } }, text: 'x' }]),
  );
  const second = store.get(uri);
  assert.notEqual(second, first);
  assert.equal(second?.version, 2);
  assert.equal(second?.text, 'FROM alpine\nCMD x\nCMD b\n');
  assert.equal(store.update('file:///other', 1, []), false);
  store.close(uri);
  assert.equal(store.get(uri), undefined);
});
