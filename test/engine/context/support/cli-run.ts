// Runs one context case through the real docker CLI (against the stand-in engine) and through our
// packer, summarising both the same way.
import { join } from 'node:path';
import { packContext } from '../../../../client/context/pack.js';
import { ContextError } from '../../../../client/context/errors.js';
import type { ContextCase } from '../../../unit/context/cases.js';
import { makeContext, type ContextFixture } from '../../../unit/context/fixture.js';
import { cliBuild } from './docker-cli.js';
import type { StandinEngine } from './standin-engine.js';
import { tarEntries, type TarEntry } from '../../../unit/context/tar-entries.js';

export interface CaseResult {
  entries?: TarEntry[];
  dockerfile?: string;
  error?: string;
}

export async function runCli(
  docker: string,
  engine: StandinEngine,
  c: ContextCase,
  fx: ContextFixture,
): Promise<CaseResult> {
  const dockerfile = c.dockerfile === undefined ? undefined : join(fx.contextDir, c.dockerfile);
  const r = await cliBuild({ docker, engine, contextDir: fx.contextDir, ...(dockerfile ? { dockerfile } : {}) });
  if (!r.build) return { error: r.stderr.trim().split('\n').pop() ?? `exit ${r.exitCode}` };
  return { entries: await tarEntries(r.build.body), dockerfile: r.build.query.get('dockerfile') ?? '' };
}

export async function runOurs(c: ContextCase, fx: ContextFixture): Promise<CaseResult> {
  try {
    const packed = packContext({ contextDir: fx.contextDir, ...(c.dockerfile ? { dockerfile: c.dockerfile } : {}) });
    return { entries: await tarEntries(packed.stream), dockerfile: packed.dockerfileInContext };
  } catch (err) {
    if (err instanceof ContextError) return { error: err.kind };
    throw err;
  }
}

export async function withFixture<T>(c: ContextCase, run: (fx: ContextFixture) => Promise<T>): Promise<T> {
  const fx = makeContext(c.files);
  try {
    return await run(fx);
  } finally {
    fx.cleanup();
  }
}
