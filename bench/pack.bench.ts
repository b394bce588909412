// Build-context packing: our packer against the docker CLI's own context upload, in the same run.
// Both send the context of a generated folder to the same stand-in engine (a unix-socket HTTP server,
// in its own process, that counts the body); time runs until the engine has received the whole body.
//   - 20,000 small files (1 KiB each, 200 folders)
//   - one 100 MB file
// Peer: `DOCKER_BUILDKIT=0 docker build` (the legacy builder's upload). Its time includes starting the
// CLI process, so that start-up is measured too and printed beside it.
import { spawn } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { request } from 'node:http';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { packContext } from '../client/context/pack.js';
import { findDockerCli } from '../test/engine/context/support/docker-cli.js';
import { startStandinProcess, type StandinProcess } from '../test/engine/context/support/standin-process.js';

const RUNS = 3;
const MB = 1024 * 1024;

interface Sample {
  ms: number;
  bytes: number;
  peakRssDelta: number;
}

function makeSmallFiles(): string {
  const dir = mkdtempSync(join(tmpdir(), 'bench-small-'));
  writeFileSync(join(dir, 'Dockerfile'), 'FROM scratch\nCOPY . /\n');
  for (let d = 0; d < 200; d++) {
    mkdirSync(join(dir, `d${d}`));
    for (let f = 0; f < 100; f++) writeFileSync(join(dir, `d${d}`, `f${f}.txt`), randomBytes(512).toString('hex'));
  }
  return dir;
}

function makeLargeFile(): string {
  const dir = mkdtempSync(join(tmpdir(), 'bench-large-'));
  writeFileSync(join(dir, 'Dockerfile'), 'FROM scratch\nCOPY . /\n');
  const chunk = randomBytes(MB);
  const parts = Array.from({ length: 100 }, () => chunk);
  writeFileSync(join(dir, 'big.bin'), Buffer.concat(parts));
  return dir;
}

/** Samples a process's resident set (from /proc) while `run` is pending; returns the peak in bytes. */
async function peakRss<T>(pid: () => number | undefined, run: Promise<T>): Promise<{ result: T; peak: number }> {
  let peak = 0;
  const sample = (): void => {
    const id = pid();
    if (id === undefined) return;
    try {
      const match = /VmRSS:\s+(\d+) kB/.exec(readFileSync(`/proc/${id}/status`, 'utf8'));
      if (match?.[1]) peak = Math.max(peak, Number(match[1]) * 1024);
    } catch {
      // the process has exited
    }
  };
  const timer = setInterval(sample, 5);
  try {
    const result = await run;
    sample();
    return { result, peak };
  } finally {
    clearInterval(timer);
  }
}

function gc(): void {
  (globalThis as { gc?: () => void }).gc?.();
}

async function ours(engine: StandinProcess, contextDir: string): Promise<Sample> {
  gc();
  const before = process.memoryUsage().rss;
  const started = performance.now();
  const received = engine.nextBuild();
  const upload = new Promise<void>((resolve, reject) => {
    const packed = packContext({ contextDir });
    const req = request(
      {
        socketPath: engine.socketPath,
        method: 'POST',
        path: `/v1.41/build?dockerfile=${packed.dockerfileInContext}`,
        headers: { 'Content-Type': 'application/x-tar' },
      },
      (res) => {
        res.resume();
        res.on('end', resolve);
      },
    );
    req.on('error', reject);
    packed.stream.on('error', reject);
    packed.stream.pipe(req);
  });
  const { result: build, peak } = await peakRss(
    () => process.pid,
    Promise.all([received, upload]).then(([b]) => b),
  );
  return { ms: build.receivedAt - started, bytes: build.bytes, peakRssDelta: peak - before };
}

async function peer(engine: StandinProcess, docker: string, contextDir: string): Promise<Sample> {
  const config = mkdtempSync(join(tmpdir(), 'bench-docker-config-'));
  const started = performance.now();
  const received = engine.nextBuild();
  const child = spawn(docker, ['build', '-q', contextDir], {
    env: {
      PATH: process.env.PATH,
      HOME: process.env.HOME,
      DOCKER_HOST: engine.host,
      DOCKER_BUILDKIT: '0',
      DOCKER_CONFIG: config,
    },
    stdio: 'ignore',
  });
  const exited = new Promise<void>((resolve) => child.once('close', () => resolve()));
  const { result: build, peak } = await peakRss(() => child.pid, received);
  await exited;
  rmSync(config, { recursive: true, force: true });
  return { ms: build.receivedAt - started, bytes: build.bytes, peakRssDelta: peak };
}

function median(samples: Sample[]): Sample {
  const sorted = [...samples].sort((a, b) => a.ms - b.ms);
  const mid = sorted[Math.floor(sorted.length / 2)];
  if (!mid) throw new Error('no samples');
  return { ...mid, peakRssDelta: Math.max(...samples.map((s) => s.peakRssDelta)) };
}

async function measure(run: () => Promise<Sample>): Promise<Sample> {
  await run(); // warm the page cache and the JIT
  const samples: Sample[] = [];
  for (let i = 0; i < RUNS; i++) samples.push(await run());
  return median(samples);
}

const mbps = (s: Sample): string => (s.bytes / MB / (s.ms / 1000)).toFixed(1);
const mib = (bytes: number): string => (bytes / MB).toFixed(1);

async function scenario(
  name: string,
  dir: string,
  engine: StandinProcess,
  docker: string | undefined,
  startup?: Sample,
): Promise<void> {
  const mine = await measure(() => ours(engine, dir));
  console.log(
    `${name}: ours ${mine.ms.toFixed(0)} ms, ${mbps(mine)} MB/s, ${mib(mine.bytes)} MiB sent, peak RSS growth ${mib(mine.peakRssDelta)} MiB`,
  );
  if (!docker) return;
  const theirs = await measure(() => peer(engine, docker, dir));
  const startupNote = startup ? ` (of which CLI start-up about ${startup.ms.toFixed(0)} ms)` : '';
  console.log(
    `${name}: docker CLI ${theirs.ms.toFixed(0)} ms${startupNote}, ${mbps(theirs)} MB/s, ${mib(theirs.bytes)} MiB sent, CLI peak RSS ${mib(theirs.peakRssDelta)} MiB`,
  );
  const ratio = mine.ms / theirs.ms;
  const net = startup
    ? ` | against the CLI minus its start-up: ${(mine.ms / Math.max(1, theirs.ms - startup.ms)).toFixed(2)}x`
    : '';
  console.log(`${name}: ratio ours/CLI = ${ratio.toFixed(2)}x (lower is better; target <= 1.0x)${net}`);
}

async function main(): Promise<void> {
  const docker = findDockerCli();
  if (!docker) console.log("No docker CLI found: printing our figures only (install Debian's docker.io for the peer).");
  const engine = await startStandinProcess();
  const empty = mkdtempSync(join(tmpdir(), 'bench-empty-'));
  writeFileSync(join(empty, 'Dockerfile'), 'FROM scratch\n');
  const small = makeSmallFiles();
  const large = makeLargeFile();
  try {
    const startup = docker ? await measure(() => peer(engine, docker, empty)) : undefined;
    await scenario('20,000 small files', small, engine, docker, startup);
    await scenario('one 100 MB file', large, engine, docker, startup);
  } finally {
    await engine.close();
    for (const dir of [empty, small, large]) rmSync(dir, { recursive: true, force: true });
  }
}

main().catch((err: unknown) => {
  console.error(err);
  process.exitCode = 1;
});
