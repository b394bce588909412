// What the rules need of a local image, from the engine's description of it (`GET /images/{name}/json`).
import type { ImageFacts } from './types';

/** The fields of an image inspect answer the rules read (Docker and Podman both give them). */
export interface InspectedImage {
  Os?: string;
  Architecture?: string;
  Variant?: string;
  Config?: { Env?: readonly string[] | null } | null;
}

export function imageFactsOf(image: InspectedImage): ImageFacts {
  const facts: ImageFacts = {
    env: image.Config?.Env ?? [],
    os: image.Os ?? 'linux',
    architecture: image.Architecture ?? 'amd64',
  };
  if (image.Variant) facts.variant = image.Variant;
  return facts;
}
