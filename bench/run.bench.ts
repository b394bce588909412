// `dockerfile-studio run --rm` of the seed's image (`CMD ["echo", "hello"]`, on the busybox base the tests import)
// against `docker run --rm` of the same image on the real Docker engine: both as processes, interleaved in the same
// run, wall time from spawn to exit. Figures: median and p95 of each, and the ratio ours/docker (target <= 1.0x).
import { spawn } from 'node:child_process';
import { existsSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { packContext } from '../client/context/pack.js';
import { buildImage } from '../client/engine/build.js';
import { EngineClient } from '../client/engine/client.js';
import { resolveEngineEndpoint } from '../client/engine/connection.js';
import { findDockerCli } from '../test/engine/context/support/docker-cli.js';
import { expectedEngines, importBaseImage, testLabel, testRunId, TestResources } from '../test/support/engines.js';
import { median, percentile } from './support/stats.js';

const RUNS = 21;
const TARGET = 1.0;

/** Wall time of one process, from spawn to exit; it must print exactly `hello`. */
function timeProcess(command: string, args: string[], env: NodeJS.ProcessEnv): Promise<number> {
  const started = performance.now();
  return new Promise((resolve, reject) => {
    const child = spawn(command, args, { env, stdio: ['ignore', 'pipe', 'pipe'] });
    let output = '';
    child.stdout.on('data', (chunk: Buffer) => (output += chunk.toString()));
    child.stderr.on('data', (chunk: Buffer) => (output += chunk.toString()));
    child.on('error', reject);
    child.on('close', (code) =>
      code === 0 && output === 'hello\n'
        ? resolve(performance.now() - started)
        : reject(new Error(`${command} ${args.join(' ')} failed (${code}): ${output}`)),
    );
  });
}

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
  const docker = expectedEngines().find((e) => e.name === 'docker');
  const cli = findDockerCli();
  if (!docker?.host || !cli) return void console.log('No Docker engine or docker CLI here: skipped.');
  if (!existsSync('dist/cli.js')) return void console.log('dist/cli.js is missing: run `node scripts/build.mjs`.');
  const client = await EngineClient.connect(resolveEngineEndpoint({ host: docker.host }));
  const resources = new TestResources(client);
  const config = mkdtempSync(join(tmpdir(), 'bench-docker-config-'));
  try {
    const base = `dfs-bench/base:${testRunId}`;
    await importBaseImage(client, base);
    const image = await buildSeedImage(client, base);
    const env = { PATH: process.env.PATH, HOME: process.env.HOME, DOCKER_HOST: docker.host, DOCKER_CONFIG: config };
    const flags = ['--rm', '--label', testLabel, image];
    const contenders = [
      { name: 'docker run --rm', run: () => timeProcess(cli, ['run', ...flags], env), times: [] as number[] },
      {
        name: 'dockerfile-studio run --rm',
        run: () => timeProcess(process.execPath, ['dist/cli.js', 'run', ...flags], env),
        times: [] as number[],
      },
    ];
    for (let i = 0; i <= RUNS; i++) {
      for (let k = 0; k < contenders.length; k++) {
        const contender = contenders[(i + k) % contenders.length];
        const ms = await contender?.run();
        if (i > 0 && ms !== undefined) contender?.times.push(ms); // run 0 warms the engine and the page cache
      }
    }
    report(contenders);
  } finally {
    await resources.cleanup();
    client.close();
    rmSync(config, { recursive: true, force: true });
  }
}

function report(contenders: { name: string; times: number[] }[]): void {
  const [docker, ours] = contenders.map((c) => ({
    name: c.name,
    median: median(c.times),
    p95: percentile(c.times, 95),
  }));
  if (!docker || !ours) return;
  console.log(`run --rm of the seed's image, ${RUNS} runs each, interleaved:`);
  for (const c of [docker, ours])
    console.log(`  ${c.name.padEnd(28)} median ${c.median.toFixed(0)} ms, p95 ${c.p95.toFixed(0)} ms`);
  const ratio = ours.median / docker.median;
  const pass = ratio <= TARGET; // said, not an exit status: like the other benches, a miss is a figure to act on
  console.log(
    `  ratio ours/docker = ${ratio.toFixed(2)}x median, ${(ours.p95 / docker.p95).toFixed(2)}x p95 (target <= ${TARGET.toFixed(1)}x): ${pass ? 'PASS' : 'FAIL'}`,
  );
}

main().catch((err: unknown) => {
  console.error(err);
  process.exitCode = 1;
});
