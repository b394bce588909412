// `dockerfile-studio run --rm` of the seed's image (`CMD ["echo", "hello"]`, on the busybox base the tests import)
// against `docker run --rm` of the same image on the real Docker engine: both as processes, interleaved in the same
// run, wall time from spawn to exit. Figures: median and p95 of each, and the ratio ours/docker (target <= 1.0x).
import { existsSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { packContext } from '../client/context/pack.js';
import { buildImage } from '../client/engine/build.js';
import { EngineClient } from '../client/engine/client.js';
import { findDockerCli } from '../test/engine/context/support/docker-cli.js';
import { importBaseImage, testLabel, testRunId, TestResources } from '../test/support/engines.js';
import { benchDocker } from './support/docker-engine';
import { contender, interleave, reportRatio, timeProcess } from './support/processes.js';

const RUNS = 21;
const TARGET = 1;

async function buildSeedImage(client: EngineClient, base: string): Promise<string> {
  const dir = mkdtempSync(join(tmpdir(), 'bench-run-'));
  try {
    const dockerfile = `FROM ${base}\nCMD ["echo", "hello"]\n`;
    writeFileSync(join(dir, 'Dockerfile'), dockerfile);
    const packed = packContext({ contextDir: dir });
    const built = await buildImage(client, {
      context: packed.stream,
      dockerfile: packed.dockerfileInContext,
      dockerfileText: dockerfile,
      tags: [`dfs-bench/run:${testRunId}`],
      networkMode: 'none',
    });
    return built.imageId;
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

async function main(): Promise<void> {
  const cli = findDockerCli();
  if (!cli) return void console.log('No docker CLI here: skipped.');
  if (!existsSync('dist/cli.js')) return void console.log('dist/cli.js is missing: run `node scripts/build.mjs`.');
  const docker = await benchDocker();
  if (!docker) return;
  const { client } = docker;
  const resources = new TestResources(client);
  const config = mkdtempSync(join(tmpdir(), 'bench-docker-config-'));
  try {
    const base = `dfs-bench/base:${testRunId}`;
    await importBaseImage(client, base);
    const image = await buildSeedImage(client, base);
    const env = { PATH: process.env.PATH, HOME: process.env.HOME, DOCKER_HOST: docker.host, DOCKER_CONFIG: config };
    const flags = ['--rm', '--label', testLabel, image];
    const hello = (output: string): boolean => output === 'hello\n';
    const peer = contender('docker run --rm', () => timeProcess(cli, ['run', ...flags], { env, accept: hello }));
    const ours = contender('dockerfile-studio run --rm', () =>
      timeProcess(process.execPath, ['dist/cli.js', 'run', ...flags], { env, accept: hello }),
    );
    await interleave([peer, ours], RUNS);
    reportRatio("run --rm of the seed's image", ours, peer, TARGET);
  } finally {
    await resources.cleanup();
    client.close();
    rmSync(config, { recursive: true, force: true });
  }
}

main().catch((err: unknown) => {
  console.error(err);
  process.exitCode = 1;
});
