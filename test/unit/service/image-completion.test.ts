import { test } from 'node:test';
import assert from 'node:assert/strict';
import { getLocalImageCompletions, normalizeImageNames } from '../../../server/service/index';
import { MAX_LOCAL_IMAGES } from '../../../server/service/image-completion';
import { applyEdits, withCursor } from './support';

const IMAGES = ['myapp:dev', 'alpine:3.20'];

/** The document after accepting the first local image offered at the cursor, or undefined when none is offered. */
function accept(marked: string, images = IMAGES): string | undefined {
  const { document, position } = withCursor(marked);
  const [first] = getLocalImageCompletions(document, position, images);
  if (!first?.textEdit || !('range' in first.textEdit)) return undefined;
  return applyEdits(document.text, [first.textEdit]);
}

const cases: [string, string | undefined][] = [
  ['FROM |', 'FROM myapp:dev'],
  ['FROM my|', 'FROM myapp:dev'],
  ['FROM --platform=linux/amd64 myapp:d|', 'FROM --platform=linux/amd64 myapp:dev'],
  ['FROM a AS b\nFROM |\n', 'FROM a AS b\nFROM myapp:dev\n'],
  ['FROM alpine |', undefined],
  ['FROM alpine AS |', undefined],
  ['FROM --plat|', undefined],
  ['FR|', undefined],
  ['RUN |', undefined],
];

for (const [input, want] of cases) {
  void test(`local image completion: ${JSON.stringify(input)}`, () => assert.equal(accept(input), want));
}

void test('local image completion: nothing without images; labels in the order sent, after other items', () => {
  assert.equal(accept('FROM |', []), undefined);
  const { document, position } = withCursor('FROM |');
  const items = getLocalImageCompletions(document, position, IMAGES, 'ko');
  assert.deepEqual(
    items.map((item) => item.label),
    IMAGES,
  );
  assert.ok(items.every((item) => item.detail === '로컬 이미지'));
  assert.ok((items[0]?.sortText ?? '') < (items[1]?.sortText ?? ''));
});

void test('local image names: only strings, bounded', () => {
  assert.deepEqual(normalizeImageNames({ images: ['a:1', 3, '', null, 'b'] }), ['a:1', 'b']);
  assert.deepEqual(normalizeImageNames('nope'), []);
  const many = Array.from({ length: MAX_LOCAL_IMAGES + 10 }, (_, i) => `i${i}`);
  assert.equal(normalizeImageNames({ images: many }).length, MAX_LOCAL_IMAGES);
});
