// The extension's memory of base images for the checker: asked once per reference (again on open and save), facts
// kept per image ID, and an image the engine does not have left out.
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { ImageFactsCache, type Inspect } from '../../../client/extension/core/image-facts-cache';

const IMAGES: Record<string, { Id: string; Os: string; Architecture: string; Config: { Env: string[] } }> = {
  'alpine:3.20': { Id: 'sha256:aaa', Os: 'linux', Architecture: 'amd64', Config: { Env: ['PATH=/bin'] } },
  'alpine:latest': { Id: 'sha256:aaa', Os: 'linux', Architecture: 'amd64', Config: { Env: ['PATH=/bin'] } },
};

function engine(): { inspect: Inspect; asked: string[] } {
  const asked: string[] = [];
  const inspect: Inspect = (ref) => {
    asked.push(ref);
    const image = IMAGES[ref];
    return image ? Promise.resolve(image) : Promise.reject(new Error('No such image'));
  };
  return { inspect, asked };
}

void test('each reference is asked once, unless asked again on open or save', async () => {
  const { inspect, asked } = engine();
  const cache = new ImageFactsCache(inspect);
  await cache.update(['alpine:3.20', 'alpine:3.20', 'golang:1.22']);
  assert.deepEqual(asked, ['alpine:3.20', 'golang:1.22']);
  assert.equal(cache.wants('alpine:3.20', false), false);
  assert.equal(cache.wants('golang:1.22', false), false, 'a missing image is not asked for on every keystroke');
  assert.equal(cache.wants('node:20', false), true);
  assert.equal(cache.wants('alpine:3.20', true), true);
});

void test('the snapshot has the images the engine has, facts shared per image ID', async () => {
  const cache = new ImageFactsCache(engine().inspect);
  await cache.update(['alpine:3.20', 'alpine:latest', 'golang:1.22']);
  const snapshot = cache.snapshot();
  assert.deepEqual(Object.keys(snapshot), ['alpine:3.20', 'alpine:latest']);
  assert.equal(snapshot['alpine:3.20'], snapshot['alpine:latest']);
  assert.deepEqual(snapshot['alpine:3.20'], { env: ['PATH=/bin'], os: 'linux', architecture: 'amd64' });
});
