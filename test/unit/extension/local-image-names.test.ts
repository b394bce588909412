import { test } from 'node:test';
import assert from 'node:assert/strict';
import { localImageNames, MAX_SENT_IMAGE_NAMES } from '../../../client/extension/core/local-image-names';

void test('local image names: every tag, newest image first, each once; untagged images add nothing', () => {
  const images = [
    { tags: ['alpine:3.20', 'alpine:latest'], created: 100 },
    { tags: [], created: 300 },
    { tags: ['myapp:dev', 'alpine:latest'], created: 200 },
  ];
  assert.deepEqual(localImageNames(images), ['myapp:dev', 'alpine:latest', 'alpine:3.20']);
});

void test('local image names: bounded', () => {
  const many = Array.from({ length: MAX_SENT_IMAGE_NAMES + 5 }, (_, i) => ({ tags: [`i${i}`], created: i }));
  const names = localImageNames(many);
  assert.equal(names.length, MAX_SENT_IMAGE_NAMES);
  assert.equal(names[0], `i${MAX_SENT_IMAGE_NAMES + 4}`);
});
