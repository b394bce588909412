// Image lookups for runs and for "inspect image": does it exist, and what is its configuration.
import type { EngineClient } from './client';
import { isEngineError } from './errors';

export interface ImageInspect {
  Id: string;
  RepoTags: string[] | null;
  Created: string;
  Size: number;
  Architecture?: string;
  Os?: string;
  Config: {
    Cmd: string[] | null;
    Entrypoint: string[] | null;
    Env: string[] | null;
    ExposedPorts: Record<string, object> | null;
    WorkingDir: string;
    Labels: Record<string, string> | null;
  } | null;
}

/** The engine's description of an image, by tag, ID or unique ID prefix (as `docker run <id prefix>` accepts). */
export function inspectImage(
  client: EngineClient,
  ref: string,
  opts: { signal?: AbortSignal } = {},
): Promise<ImageInspect> {
  return client.json<ImageInspect>('GET', `/images/${encodeURIComponent(ref)}/json`, opts);
}

/** Whether the engine has the image; other failures (engine down…) are thrown. */
export async function imageExists(
  client: EngineClient,
  ref: string,
  opts: { signal?: AbortSignal } = {},
): Promise<boolean> {
  try {
    await inspectImage(client, ref, opts);
    return true;
  } catch (err) {
    if (isEngineError(err) && err.status === 404) return false;
    throw err;
  }
}

/** The ports an image declares with EXPOSE, e.g. `["80/tcp"]`, to prefill "publish ports". */
export function exposedPorts(image: ImageInspect): string[] {
  return Object.keys(image.Config?.ExposedPorts ?? {}).sort();
}
