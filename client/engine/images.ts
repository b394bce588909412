// Image lookups for "inspect image": what an image is and how it is configured.
import type { EngineClient } from './client';

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
