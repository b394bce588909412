// Rebuild after changing one file of a 20,000-file context, on the real Docker engine, in the same run:
// the docker CLI's classic builder (`DOCKER_BUILDKIT=0 docker build`, which tars and sends everything again), ours
// through a BuildKit session (only the stats, and the changed file), and ours through BuildKit with a tar (how we sent
// contexts before sessions). Two Dockerfiles: one copies the whole context, one a single folder of it.
// Figures: median of RUNS rebuilds each, after one warm-up build each; ratios ours/CLI (target <= 0.15x).
import { spawn } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { packContext } from '../client/context/pack.js';
import { buildImage, type BuildOptions } from '../client/engine/build.js';
import { EngineClient } from '../client/engine/client.js';
import { findDockerCli } from '../test/engine/context/support/docker-cli.js';
import { importBaseImage, testRunId, TestResources } from '../test/support/engines.js';
import { benchDocker } from './support/docker-engine';

const RUNS = 2;
const DIRS = 200;
const FILES_PER_DIR = 100;

const median = (values: number[]): number => [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)] ?? NaN;

function makeContext(): string {
  const dir = mkdtempSync(join(tmpdir(), 'bench-session-'));
  for (let d = 0; d < DIRS; d++) {
    mkdirSync(join(dir, `d${d}`));
    for (let f = 0; f < FILES_PER_DIR; f++) writeFileSync(join(dir, `d${d}`, `f${f}.txt`), `file ${d}/${f}\n`);
  }
  return dir;
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

async function timeOurs(client: EngineClient, opts: BuildOptions): Promise<{ ms: number; bytes?: number }> {
  const started = performance.now();
  const result = await buildImage(client, { networkMode: 'none', builder: 'buildkit', ...opts });
  return { ms: performance.now() - started, ...(result.transfer ? { bytes: result.transfer.bytes } : {}) };
}

interface Contender {
  name: string;
  run: () => Promise<number>;
  times: number[];
}

async function scenario(client: EngineClient, base: string, copy: string, cli: string | undefined): Promise<void> {
  const dir = makeContext();
  const config = mkdtempSync(join(tmpdir(), 'bench-docker-config-'));
  const dockerfile = `FROM ${base}\nCOPY ${copy} /ctx/\n`;
  writeFileSync(join(dir, 'Dockerfile'), dockerfile);
  const tag = `dfs-bench/session:${testRunId}`;
  const env = { ...process.env, DOCKER_BUILDKIT: '0', DOCKER_CONFIG: config };
  const common = { contextDir: dir, dockerfileText: dockerfile, tags: [tag] };
  const sessionBytes: number[] = [];
  const contenders: Contender[] = [
    {
      name: 'DOCKER_BUILDKIT=0 docker build',
      run: () =>
        cli ? timeProcess(cli, ['build', '-q', '--network', 'none', '-t', tag, dir], env) : Promise.resolve(NaN),
      times: [],
    },
    {
      name: 'ours, BuildKit session',
      run: async () => {
        const { ms, bytes } = await timeOurs(client, common);
        if (bytes !== undefined) sessionBytes.push(bytes);
        return ms;
      },
      times: [],
    },
    {
      name: 'ours, BuildKit with a tar',
      run: async () => {
        const packed = packContext({ contextDir: dir });
        return (await timeOurs(client, { ...common, context: packed.stream, dockerfile: packed.dockerfileInContext }))
          .ms;
      },
      times: [],
    },
  ];
  try {
    for (let i = 0; i <= RUNS; i++) {
      for (const contender of contenders) {
        // The same change for everyone: one file, with content no builder has seen (BuildKit caches COPY by content,
        // and both of our contenders share its cache).
        writeFileSync(join(dir, 'd7', 'f7.txt'), `changed ${randomBytes(8).toString('hex')}\n`);
        const ms = await contender.run();
        if (i > 0) contender.times.push(ms); // round 0 is the first build of this context: the warm-up
      }
    }
    report(copy, contenders, median(sessionBytes.slice(1)), cli !== undefined);
  } finally {
    rmSync(dir, { recursive: true, force: true });
    rmSync(config, { recursive: true, force: true });
  }
}

function report(copy: string, contenders: Contender[], bytes: number, hasCli: boolean): void {
  const [cli, session, tar] = contenders.map((c) => median(c.times));
  console.log(`rebuild after one change, ${DIRS * FILES_PER_DIR} files, "COPY ${copy}", median of ${RUNS}:`);
  for (const contender of contenders)
    console.log(`  ${contender.name.padEnd(32)} ${median(contender.times).toFixed(0)} ms`);
  console.log(`  the session sent ${(bytes / 1024).toFixed(0)} KiB on a rebuild`);
  if (!hasCli || cli === undefined || session === undefined || tar === undefined)
    return void console.log("  No docker CLI found: no peer figures (install Debian's docker.io).");
  console.log(
    `  ratio ours/CLI: session ${(session / cli).toFixed(2)}x (target <= 0.15x), tar ${(tar / cli).toFixed(2)}x`,
  );
}

async function main(): Promise<void> {
  const docker = await benchDocker();
  if (!docker) return;
  const { client } = docker;
  const resources = new TestResources(client);
  const base = `dfs-bench/session-base:${testRunId}`;
  try {
    await importBaseImage(client, base);
    const cli = findDockerCli();
    for (const copy of ['.', 'd7/']) await scenario(client, base, copy, cli);
  } finally {
    resources.trackImage(`dfs-bench/session:${testRunId}`);
    await resources.cleanup();
    client.close();
  }
}

main().catch((err: unknown) => {
  console.error(err);
  process.exitCode = 1;
});
