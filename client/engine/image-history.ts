// An image's layers as the engine records them (`docker history`), newest first.
import type { EngineClient } from './client';

export interface HistoryEntry {
  /** The image this entry made, when Docker still has it (classic builds); undefined for `<missing>` and on Podman. */
  id: string | undefined;
  /** Seconds since the epoch. */
  created: number;
  /** The instruction as the builder recorded it, e.g. `/bin/sh -c #(nop)  CMD ["echo" "hello"]` or `RUN … # buildkit`. */
  createdBy: string;
  /** Bytes this layer adds; 0 for instructions that only change the configuration. */
  size: number;
  tags: string[];
  comment: string;
}

interface RawEntry {
  Id?: string;
  Created?: number;
  CreatedBy?: string;
  Size?: number;
  Tags?: string[] | null;
  Comment?: string;
}

export async function imageHistory(
  client: EngineClient,
  ref: string,
  opts: { signal?: AbortSignal } = {},
): Promise<HistoryEntry[]> {
  const raw = await client.json<RawEntry[] | undefined>('GET', `/images/${encodeURIComponent(ref)}/history`, opts);
  // Podman 4.3 gives an entry the ID of another image (the top entry shows its parent's): not the layer's own.
  const trustIds = !client.isPodman;
  return (raw ?? []).map((entry) => ({
    id: trustIds && entry.Id && entry.Id !== '<missing>' ? entry.Id : undefined,
    created: entry.Created ?? 0,
    createdBy: entry.CreatedBy ?? '',
    size: entry.Size ?? 0,
    tags: entry.Tags ?? [],
    comment: entry.Comment ?? '',
  }));
}
