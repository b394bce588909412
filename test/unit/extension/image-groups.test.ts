// The Images view's grouping: by repository, newest first, dangling apart; sizes and ages as people read them.
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import type { LocalImage } from '../../../client/engine/image-list';
import { ageOf, formatSize, groupImages, splitReference } from '../../../client/extension/core/image-groups';

const image = (id: string, tags: string[], created: number): LocalImage => ({
  id,
  tags,
  created,
  size: 1000,
  labels: {},
});

void describe('groupImages', () => {
  void it('groups tags by repository (sorted), newest image first, and puts untagged images apart', () => {
    const groups = groupImages([
      image('a', ['me/hello:1.0'], 10),
      image('b', ['me/hello:2.0', 'other:latest'], 20),
      image('c', [], 30),
      image('d', [], 40),
    ]);
    assert.deepEqual(
      groups.repositories.map((repo) => [repo.name, repo.images.map((t) => `${t.tag}@${t.image.id}`)]),
      [
        ['me/hello', ['2.0@b', '1.0@a']],
        ['other', ['latest@b']],
      ],
    );
    assert.deepEqual(
      groups.dangling.map((d) => d.id),
      ['d', 'c'],
    );
  });
});

void describe('splitReference', () => {
  void it('takes the tag after the last colon past the last slash', () => {
    assert.deepEqual(splitReference('localhost:5000/me/app:1.2'), { repository: 'localhost:5000/me/app', tag: '1.2' });
    assert.deepEqual(splitReference('localhost:5000/me/app'), { repository: 'localhost:5000/me/app', tag: 'latest' });
    assert.deepEqual(splitReference('docker.io/library/alpine:3.19'), {
      repository: 'docker.io/library/alpine',
      tag: '3.19',
    });
  });
});

void describe('formatSize', () => {
  void it('prints powers of 1000 with three significant digits, as docker images does', () => {
    assert.deepEqual([0, 512, 1982506, 12_345_678, 123_456_789, 5e9].map(formatSize), [
      '0B',
      '512B',
      '1.98MB',
      '12.3MB',
      '123MB',
      '5GB',
    ]);
  });
});

void describe('ageOf', () => {
  void it('gives the largest whole unit, and never a negative age', () => {
    const now = 1_000_000_000_000;
    const ago = (seconds: number): string => {
      const { unit, count } = ageOf(now / 1000 - seconds, now);
      return `${count} ${unit}`;
    };
    assert.deepEqual([5, 59, 60, 3599, 7200, 86400 * 3, 86400 * 45, 86400 * 800, -30].map(ago), [
      '5 seconds',
      '59 seconds',
      '1 minutes',
      '59 minutes',
      '2 hours',
      '3 days',
      '1 months',
      '2 years',
      '0 seconds',
    ]);
  });
});
