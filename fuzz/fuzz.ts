// `npm run fuzz`: at least 1,000,000 generated documents through parse and checkDocument, on worker threads, each
// call under a deadline (a watchdog terminates a worker stuck on one document) and a memory budget (a worker whose
// heap outgrows it is stopped by Node). Failures are saved under fuzz/crashes/ and make the run exit non-zero.
// Environment: FUZZ_DOCS, FUZZ_SEED, FUZZ_WORKERS, FUZZ_DEADLINE_MS, FUZZ_MEMORY_MB.
import { Worker } from 'node:worker_threads';
import { availableParallelism } from 'node:os';
import { mkdirSync, readdirSync, readFileSync, writeFileSync, existsSync } from 'node:fs';
import { join } from 'node:path';
import { documentAt } from './generators';
import type { WorkerMessage, WorkerSetup } from './worker';

const total = Number(process.env.FUZZ_DOCS ?? 1_000_000);
const seed = Number(process.env.FUZZ_SEED ?? Date.now() % 2 ** 31);
const workerCount = Number(process.env.FUZZ_WORKERS ?? Math.max(1, Math.min(availableParallelism(), 4)));
const deadlineMs = Number(process.env.FUZZ_DEADLINE_MS ?? 5000);
const memoryMb = Number(process.env.FUZZ_MEMORY_MB ?? 512);
const CHUNK = 5000;
const crashDir = join(__dirname, 'crashes');
/** Workers load the TypeScript worker through tsx's CommonJS hook. */
const WORKER_BOOTSTRAP = `require('tsx/cjs'); require(${JSON.stringify(join(__dirname, 'worker.ts'))});`;

function goldenCorpus(): string[] {
  const corpus: string[] = [];
  for (const dir of ['parser-cases', 'parser-cases-negative']) {
    const root = join(__dirname, '..', 'test', dir);
    if (!existsSync(root)) continue;
    for (const name of readdirSync(root)) {
      const file = join(root, name, 'Dockerfile');
      if (existsSync(file)) corpus.push(readFileSync(file, 'utf8'));
    }
  }
  return corpus;
}

const corpus = goldenCorpus();
const current = new Int32Array(new SharedArrayBuffer(4 * workerCount)).fill(-1);
let nextStart = 0;
let finished = 0;
const failures: { index: number; message: string }[] = [];

function saveFailure(index: number, message: string): void {
  failures.push({ index, message });
  mkdirSync(crashDir, { recursive: true });
  const text = documentAt(seed, index, corpus);
  const base = join(crashDir, `seed-${seed}-doc-${index}`);
  writeFileSync(`${base}.json`, JSON.stringify({ seed, index, message, text }, null, 2));
  writeFileSync(`${base}.Dockerfile`, text);
  console.error(`FAILURE at document ${index}: ${message.split('\n')[0] ?? ''} (saved ${base}.json)`);
}

interface Lane {
  worker: Worker;
  slot: number;
  chunk: { start: number; end: number } | undefined;
  lastIndex: number;
  lastChange: number;
}

function startWorker(slot: number): Lane {
  const setup: WorkerSetup = { seed, corpus, current: current.buffer, slot };
  const worker = new Worker(WORKER_BOOTSTRAP, {
    eval: true,
    workerData: setup,
    resourceLimits: { maxOldGenerationSizeMb: memoryMb },
  });
  const lane: Lane = { worker, slot, chunk: undefined, lastIndex: -1, lastChange: Date.now() };
  worker.on('message', (message: WorkerMessage) => {
    if (message.type === 'failure') saveFailure(message.index, message.message);
    else {
      finished += message.end - message.start;
      assign(lane);
    }
  });
  worker.on('error', (error: Error & { code?: string }) =>
    replace(
      lane,
      error.code === 'ERR_WORKER_OUT_OF_MEMORY'
        ? `memory budget of ${memoryMb} MB exceeded`
        : `worker crashed: ${error.stack ?? error.message}`,
    ),
  );
  return lane;
}

function send(lane: Lane, start: number, end: number): void {
  lane.chunk = { start, end };
  lane.lastChange = Date.now();
  lane.worker.postMessage({ start, end });
}

function assign(lane: Lane): void {
  if (nextStart >= total) {
    lane.chunk = undefined;
    void lane.worker.terminate();
    lanes.delete(lane);
    if (lanes.size === 0) finish();
    return;
  }
  const start = nextStart;
  nextStart = Math.min(total, start + CHUNK);
  send(lane, start, nextStart);
}

/** A hung or crashed worker: record the document it was on and continue its chunk on a fresh worker. */
function replace(lane: Lane, reason: string): void {
  const index = Atomics.load(current, lane.slot);
  const chunk = lane.chunk;
  lanes.delete(lane);
  void lane.worker.terminate();
  if (index >= 0) saveFailure(index, reason);
  else console.error(`fuzz: ${reason}`);
  // The fresh worker's start-up is not the next document's time.
  Atomics.store(current, lane.slot, -1);
  const fresh = startWorker(lane.slot);
  lanes.add(fresh);
  if (chunk && index >= 0) {
    finished += index + 1 - chunk.start;
    if (index + 1 < chunk.end) send(fresh, index + 1, chunk.end);
    else assign(fresh);
  } else assign(fresh);
}

function watchdog(): void {
  const now = Date.now();
  for (const lane of [...lanes]) {
    const index = Atomics.load(current, lane.slot);
    if (index !== lane.lastIndex) {
      lane.lastIndex = index;
      lane.lastChange = now;
    } else if (lane.chunk && index >= 0 && now - lane.lastChange > deadlineMs) {
      replace(lane, `deadline of ${deadlineMs} ms exceeded (hang)`);
    }
  }
}

const started = Date.now();
const lanes = new Set<Lane>();
const timer = setInterval(watchdog, 100);
const progress = setInterval(() => {
  const seconds = (Date.now() - started) / 1000;
  console.log(
    `${finished.toLocaleString('en')} / ${total.toLocaleString('en')} documents, ${Math.round(finished / seconds)}/s`,
  );
}, 10000);

function finish(): void {
  clearInterval(timer);
  clearInterval(progress);
  const seconds = ((Date.now() - started) / 1000).toFixed(1);
  console.log(
    `fuzz: seed ${seed}, documents run: ${finished}, failures: ${failures.length}, ${seconds} s on ${workerCount} workers`,
  );
  process.exitCode = failures.length > 0 || finished < total ? 1 : 0;
}

console.log(
  `fuzz: ${total} documents, seed ${seed}, ${workerCount} workers, deadline ${deadlineMs} ms and ${memoryMb} MB per document`,
);
for (let slot = 0; slot < workerCount; slot++) {
  const lane = startWorker(slot);
  lanes.add(lane);
  assign(lane);
}
