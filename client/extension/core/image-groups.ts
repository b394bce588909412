// How the Images view orders what the engine lists: by repository, then newest first; dangling images apart.
// Sizes and ages as people read them. No vscode import: unit-tested in Node.
import type { LocalImage } from '../../engine/image-list';

export interface TaggedImage {
  repository: string;
  tag: string;
  image: LocalImage;
}

export interface ImageGroups {
  repositories: { name: string; images: TaggedImage[] }[];
  /** Images without a tag (`<none>:<none>`): left over when a tag moved to a newer build. */
  dangling: LocalImage[];
}

/** `registry:5000/id/repo:1.0` → `registry:5000/id/repo` and `1.0`: the tag is after the last `:` past the last `/`. */
export function splitReference(reference: string): { repository: string; tag: string } {
  const colon = reference.lastIndexOf(':');
  if (colon <= reference.lastIndexOf('/')) return { repository: reference, tag: 'latest' };
  return { repository: reference.slice(0, colon), tag: reference.slice(colon + 1) };
}

export function groupImages(images: readonly LocalImage[]): ImageGroups {
  const byRepository = new Map<string, TaggedImage[]>();
  const dangling: LocalImage[] = [];
  for (const image of images) {
    if (image.tags.length === 0) dangling.push(image);
    for (const reference of image.tags) {
      const { repository, tag } = splitReference(reference);
      const list = byRepository.get(repository) ?? [];
      list.push({ repository, tag, image });
      byRepository.set(repository, list);
    }
  }
  const newestFirst = (a: { created: number }, b: { created: number }): number => b.created - a.created;
  const repositories = [...byRepository.entries()]
    .sort(([a], [b]) => a.localeCompare(b))
    .map(([name, list]) => ({ name, images: list.sort((a, b) => newestFirst(a.image, b.image)) }));
  return { repositories, dangling: dangling.sort(newestFirst) };
}

/** Bytes as `docker images` shows them: powers of 1000, three significant digits (`1.98MB`, `512B`). */
export function formatSize(bytes: number): string {
  const units = ['B', 'kB', 'MB', 'GB', 'TB'];
  let value = Math.max(0, bytes);
  let unit = 0;
  while (value >= 1000 && unit < units.length - 1) {
    value /= 1000;
    unit++;
  }
  const digits = unit === 0 || value >= 100 ? 0 : value >= 10 ? 1 : 2;
  return `${Number(value.toFixed(digits))}${units[unit]}`;
}

export type AgeUnit = 'seconds' | 'minutes' | 'hours' | 'days' | 'months' | 'years';

/** How long ago `createdSeconds` was, in the largest whole unit (`3 minutes`); never negative. */
export function ageOf(createdSeconds: number, nowMs: number): { unit: AgeUnit; count: number } {
  const seconds = Math.max(0, Math.floor(nowMs / 1000 - createdSeconds));
  const steps: [AgeUnit, number][] = [
    ['years', 365 * 86400],
    ['months', 30 * 86400],
    ['days', 86400],
    ['hours', 3600],
    ['minutes', 60],
  ];
  for (const [unit, size] of steps) if (seconds >= size) return { unit, count: Math.floor(seconds / size) };
  return { unit: 'seconds', count: seconds };
}
