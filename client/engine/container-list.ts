// Containers our runs started (`docker ps -a --filter label=…`) and their output so far (`docker logs`).
import type { EngineClient } from './client';
import { attachDecoder } from './demux';
import { runLabelKey } from './run-label';

export interface ContainerSummary {
  id: string;
  /** Without the leading `/`. */
  name: string;
  /** As the run named it: a tag or an image ID. */
  image: string;
  imageId: string;
  /** `created`, `running`, `paused`, `exited`, … */
  state: string;
  /** The engine's own words, e.g. `Exited (0) 5 seconds ago`. */
  status: string;
  /** Seconds since the epoch. */
  created: number;
}

interface RawContainer {
  Id: string;
  Names?: string[] | null;
  Image?: string;
  ImageID?: string;
  State?: string;
  Status?: string;
  Created?: number;
}

/** Containers carrying `label` (a key, or `key=value`), running or not, newest first. */
export async function listContainers(
  client: EngineClient,
  opts: { label?: string; signal?: AbortSignal } = {},
): Promise<ContainerSummary[]> {
  const filters = JSON.stringify({ label: [opts.label ?? runLabelKey] });
  const raw = await client.json<RawContainer[] | undefined>('GET', '/containers/json', {
    query: { all: true, filters },
    ...(opts.signal ? { signal: opts.signal } : {}),
  });
  return (raw ?? [])
    .map((container) => ({
      id: container.Id,
      name: (container.Names?.[0] ?? '').replace(/^\//, ''),
      image: container.Image ?? '',
      imageId: container.ImageID ?? '',
      state: container.State ?? '',
      status: container.Status ?? '',
      created: container.Created ?? 0,
    }))
    .sort((a, b) => b.created - a.created);
}

/** The most a log read keeps: its last bytes, so a chatty container cannot flood memory. */
export const MAX_LOG_BYTES = 1024 * 1024;

/** The container's output so far (its last `tail` lines, at most MAX_LOG_BYTES), stdout and stderr interleaved. */
export async function containerLogs(
  client: EngineClient,
  id: string,
  opts: { tail?: number; signal?: AbortSignal } = {},
): Promise<string> {
  const signal = opts.signal ? { signal: opts.signal } : {};
  const inspected = await client.json<{ Config?: { Tty?: boolean } }>('GET', `/containers/${id}/json`, signal);
  const res = await client.request('GET', `/containers/${id}/logs`, {
    query: { stdout: true, stderr: true, tail: String(opts.tail ?? 1000) },
    ...signal,
  });
  const decoder = attachDecoder(inspected.Config?.Tty === true);
  const kept: Buffer[] = [];
  let size = 0;
  for await (const chunk of res.body as AsyncIterable<Buffer>) {
    for (const piece of decoder.push(chunk)) {
      kept.push(Buffer.from(piece.data));
      size += piece.data.length;
      while (size > MAX_LOG_BYTES && kept.length > 1) size -= kept.shift()?.length ?? 0;
    }
  }
  const text = Buffer.concat(kept).toString('utf8');
  return text.length > MAX_LOG_BYTES ? text.slice(-MAX_LOG_BYTES) : text;
}
