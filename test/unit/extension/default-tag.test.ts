// The tag Build Image offers first: the Dockerfile's folder name as a valid image name, `:latest`.
import assert from 'node:assert/strict';
import { it } from 'node:test';
import { defaultTagFor, imageTagProblem } from '../../../core/image-tag';

const cases: [string, string][] = [
  ['hello', 'hello:latest'],
  ['My App', 'my-app:latest'],
  ['_private.dir-', 'private.dir:latest'],
  ['a.-_b', 'a-b:latest'],
  ['웹앱', 'image:latest'],
  ['--', 'image:latest'],
];

for (const [folder, tag] of cases) {
  void it(`${JSON.stringify(folder)} → ${tag}, a valid tag`, () => {
    assert.equal(defaultTagFor(folder), tag);
    assert.equal(imageTagProblem(tag, 'en'), undefined);
  });
}
