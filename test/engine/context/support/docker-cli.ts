// Runs the real docker CLI's legacy build (`DOCKER_BUILDKIT=0 docker build`) against a stand-in
// engine and returns what it uploaded.
import { spawn } from 'node:child_process';
import { accessSync, constants, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { delimiter, join } from 'node:path';
import type { RecordedBuild, StandinEngine } from './standin-engine.js';

export function findDockerCli(env: NodeJS.ProcessEnv = process.env): string | undefined {
  const dirs = [...(env.PATH ?? '').split(delimiter), '/usr/local/bin', '/usr/bin'];
  for (const dir of dirs) {
    if (!dir) continue;
    const candidate = join(dir, 'docker');
    try {
      accessSync(candidate, constants.X_OK);
      return candidate;
    } catch {
      // not here
    }
  }
  return undefined;
}

export interface CliBuildResult {
  exitCode: number;
  stderr: string;
  build?: RecordedBuild;
}

export interface CliBuildOptions {
  docker: string;
  engine: StandinEngine;
  contextDir: string;
  dockerfile?: string;
  cwd?: string;
}

/** Runs `docker build` (legacy builder) and returns what the stand-in received. */
export async function cliBuild(opts: CliBuildOptions): Promise<CliBuildResult> {
  const config = mkdtempSync(join(tmpdir(), 'docker-config-'));
  const args = ['build', ...(opts.dockerfile !== undefined ? ['-f', opts.dockerfile] : []), opts.contextDir];
  const earlier = opts.engine.builds.length; // a failed build leaves no waiter behind for the next one to take
  try {
    const child = spawn(opts.docker, args, {
      cwd: opts.cwd ?? opts.contextDir,
      env: {
        PATH: process.env.PATH,
        HOME: process.env.HOME,
        DOCKER_HOST: opts.engine.host,
        DOCKER_BUILDKIT: '0',
        DOCKER_CONFIG: config,
        DOCKER_CLI_HINTS: 'false',
      },
      stdio: ['ignore', 'ignore', 'pipe'],
    });
    let stderr = '';
    child.stderr.setEncoding('utf8').on('data', (d: string) => (stderr += d));
    const exitCode = await new Promise<number>((resolve, reject) => {
      child.once('error', reject);
      child.once('close', (code) => resolve(code ?? -1));
    });
    // The CLI exits once it has the engine's answer, which comes after the whole body.
    const build = exitCode === 0 ? opts.engine.builds[earlier] : undefined;
    return { exitCode, stderr, ...(build ? { build } : {}) };
  } finally {
    rmSync(config, { recursive: true, force: true });
  }
}
