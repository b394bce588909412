// End-to-end `build` on the real Docker engine: our client (packContext + buildImage, classic builder) against
// `DOCKER_BUILDKIT=0 docker build` on the same context of 5,000 small files, alternating, in the same run.
// Also our CLI as a process (node dist/cli.js build), which pays a process start like the docker CLI does.
// Figures: median of RUNS builds each, after one warm-up each; the ratio ours/CLI; our peak RSS growth.
import { spawn } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import { existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { packContext } from '../client/context/pack.js';
import { buildImage } from '../client/engine/build.js';
import { EngineClient } from '../client/engine/client.js';
import { findDockerCli } from '../test/engine/context/support/docker-cli.js';
import { importBaseImage, testRunId, TestResources } from '../test/support/engines.js';
import { benchDocker } from './support/docker-engine';

const RUNS = 3;
const FILES = 5000;

function makeContext(base: string): string {
  const dir = mkdtempSync(join(tmpdir(), 'bench-build-'));
  writeFileSync(join(dir, 'Dockerfile'), `FROM ${base}\nCOPY . /ctx/\nCMD ["ls", "/ctx"]\n`);
  for (let d = 0; d < FILES / 100; d++) {
    mkdirSync(join(dir, `d${d}`));
    for (let f = 0; f < 100; f++) writeFileSync(join(dir, `d${d}`, `f${f}.txt`), randomBytes(256).toString('hex'));
  }
  return dir;
}

const median = (values: number[]): number => [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)] ?? NaN;

async function timeOurs(client: EngineClient, dir: string, tag: string, rss: { peak: number }): Promise<number> {
  const started = performance.now();
  const timer = setInterval(() => (rss.peak = Math.max(rss.peak, process.memoryUsage().rss)), 2);
  try {
    const packed = packContext({ contextDir: dir });
    await buildImage(client, {
      context: packed.stream,
      dockerfile: packed.dockerfileInContext,
      dockerfileText: readFileSync(join(dir, 'Dockerfile'), 'utf8'),
      tags: [tag],
      networkMode: 'none',
      builder: 'classic',
    });
    return performance.now() - started;
  } finally {
    clearInterval(timer);
  }
}

function timeProcess(command: string, args: string[], env: NodeJS.ProcessEnv): Promise<number> {
  const started = performance.now();
  return new Promise((resolve, reject) => {
    const child = spawn(command, args, { env, stdio: ['ignore', 'ignore', 'pipe'] });
    let stderr = '';
    child.stderr.on('data', (chunk: Buffer) => (stderr += chunk.toString()));
    child.on('error', reject);
    child.on('close', (code) =>
      code === 0 ? resolve(performance.now() - started) : reject(new Error(`${command} failed (${code}): ${stderr}`)),
    );
  });
}

async function main(): Promise<void> {
  const cli = findDockerCli();
  const docker = await benchDocker();
  if (!docker) return;
  const { client } = docker;
  const resources = new TestResources(client);
  const config = mkdtempSync(join(tmpdir(), 'bench-docker-config-'));
  const base = `dfs-bench/base:${testRunId}`;
  const tag = `dfs-bench/build:${testRunId}`;
  let dir: string | undefined;
  try {
    await importBaseImage(client, base);
    dir = makeContext(base);
    const env = { ...process.env, DOCKER_HOST: docker.host, DOCKER_BUILDKIT: '0', DOCKER_CONFIG: config };
    const cliArgs = ['build', '-q', '--network', 'none', '-t', tag, dir];
    const ourCli = existsSync('dist/cli.js')
      ? ['dist/cli.js', 'build', '--host', docker.host, '--builder', 'classic', '--network', 'none', '-t', tag, dir]
      : undefined;
    const rss = { peak: 0 };
    global.gc?.();
    const baseline = process.memoryUsage().rss;
    const contenders: { name: string; run: () => Promise<number>; times: number[] }[] = [
      { name: 'ours', run: () => timeOurs(client, dir ?? '', tag, rss), times: [] },
      { name: 'docker', run: () => (cli ? timeProcess(cli, cliArgs, env) : Promise.resolve(NaN)), times: [] },
      {
        name: 'our CLI',
        run: () => (ourCli ? timeProcess(process.execPath, ourCli, process.env) : Promise.resolve(NaN)),
        times: [],
      },
    ];
    for (let i = 0; i <= RUNS; i++) {
      // Rotate who goes first, so that a busy machine or the engine's own housekeeping favours no one.
      for (let k = 0; k < contenders.length; k++) {
        const contender = contenders[(i + k) % contenders.length];
        const ms = await contender?.run();
        if (i > 0 && ms !== undefined) contender?.times.push(ms); // run 0 is the warm-up that fills the engine's cache
      }
    }
    const [ours, theirs, ourProcess] = contenders.map((c) => c.times);
    report(median(ours ?? []), median(theirs ?? []), median(ourProcess ?? []), rss.peak - baseline, cli !== undefined);
  } finally {
    await resources.cleanup();
    client.close();
    rmSync(config, { recursive: true, force: true });
    if (dir) rmSync(dir, { recursive: true, force: true });
  }
}

function report(ours: number, theirs: number, ourProcess: number, rssGrowth: number, hasCli: boolean): void {
  const mib = (bytes: number): string => (bytes / 1024 / 1024).toFixed(1);
  console.log(`build, ${FILES} small files, classic builder, median of ${RUNS}:`);
  console.log(
    `  ours (in process, as the extension builds): ${ours.toFixed(0)} ms, peak RSS growth ${mib(rssGrowth)} MiB`,
  );
  if (!Number.isNaN(ourProcess))
    console.log(`  ours (dockerfile-studio build, a process):   ${ourProcess.toFixed(0)} ms`);
  if (!hasCli) return void console.log("  No docker CLI found: no peer figures (install Debian's docker.io).");
  console.log(`  DOCKER_BUILDKIT=0 docker build:              ${theirs.toFixed(0)} ms`);
  console.log(
    `  ratio ours/CLI = ${(ours / theirs).toFixed(2)}x in process, ${(ourProcess / theirs).toFixed(2)}x as a process (target <= 1.0x)`,
  );
}

main().catch((err: unknown) => {
  console.error(err);
  process.exitCode = 1;
});
