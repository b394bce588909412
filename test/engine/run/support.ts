// Helpers shared by the run suites: labelled run options, an output collector, and "is the container gone".
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { EngineClient } from '../../../client/engine/client';
import { buildImage } from '../../../client/engine/build';
import { isEngineError } from '../../../client/engine/errors';
import type { RunOptions } from '../../../client/engine/run';
import type { OutputChunk } from '../../../client/engine/demux';
import { packContext } from '../../../client/context/pack';
import { testLabelKey, testRunId, type EngineSuite } from '../../support/engines';

/**
 * Podman 4.3 asks the runtime for its default ulimits (nofile and nproc of about a million). In a sandbox whose hard
 * limits are lower, without CAP_SYS_RESOURCE, every start fails with "error setting rlimit … operation not permitted".
 * Podman runs in these tests pass limits within the sandbox's; Docker keeps its defaults.
 */
export function engineUlimits(suite: EngineSuite): RunOptions['ulimits'] {
  if (suite.engine.name !== 'podman') return undefined;
  return [
    { name: 'nofile', soft: 1024, hard: 1024 },
    { name: 'nproc', soft: 1024, hard: 1024 },
  ];
}

/** Run options every test starts from: this run's label, no network, the suite's base image. */
export function runOptions(suite: EngineSuite, extra: Partial<RunOptions> = {}): RunOptions {
  const ulimits = engineUlimits(suite);
  return {
    image: suite.baseImage,
    network: 'none',
    labels: { [testLabelKey]: testRunId },
    ...(ulimits ? { ulimits } : {}),
    ...extra,
  };
}

/** Collects a run's output, per stream and in arrival order. */
export class Collected {
  readonly chunks: OutputChunk[] = [];
  readonly sink = (chunk: OutputChunk): void =>
    void this.chunks.push({ stream: chunk.stream, data: Buffer.from(chunk.data) });

  text(stream: 'stdout' | 'stderr'): string {
    return Buffer.concat(this.chunks.filter((c) => c.stream === stream).map((c) => c.data)).toString('utf8');
  }

  /** Resolves once `needle` has appeared on either stream. */
  async waitFor(needle: string, timeoutMs = 30000): Promise<void> {
    const deadline = Date.now() + timeoutMs;
    while (!(this.text('stdout') + this.text('stderr')).includes(needle)) {
      if (Date.now() > deadline) throw new Error(`"${needle}" did not appear within ${timeoutMs} ms`);
      await new Promise((resolve) => setTimeout(resolve, 20));
    }
  }
}

/** True when the engine no longer knows the container. */
export async function containerGone(client: EngineClient, id: string): Promise<boolean> {
  try {
    await client.json('GET', `/containers/${id}/json`);
    return false;
  } catch (err) {
    if (isEngineError(err) && err.status === 404) return true;
    throw err;
  }
}

/** Builds a Dockerfile text (a context of just that file), labelled for cleanup. Returns the image ID. */
export async function buildDockerfile(suite: EngineSuite, dockerfile: string, tag: string): Promise<string> {
  const dir = mkdtempSync(join(tmpdir(), 'dfs-run-'));
  try {
    writeFileSync(join(dir, 'Dockerfile'), dockerfile);
    const packed = packContext({ contextDir: dir });
    const result = await buildImage(suite.client, {
      context: packed.stream,
      dockerfile: packed.dockerfileInContext,
      dockerfileText: dockerfile,
      tags: [tag],
      networkMode: 'none',
      labels: { [testLabelKey]: testRunId },
    });
    suite.resources.trackImage(result.imageId);
    return result.imageId;
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}
