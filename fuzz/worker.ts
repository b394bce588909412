// Fuzz worker: runs parse (and checkDocument) over a slice of generated documents, publishing the index it is on
// in shared memory so the main thread's watchdog can catch a hang, and reporting every failure.
import { parentPort, workerData } from 'node:worker_threads';
import { parse } from '../core/parser/index';
import { documentAt } from './generators';
import { invariantViolation } from './invariants';

export interface WorkerSetup {
  seed: number;
  corpus: string[];
  current: SharedArrayBuffer;
  slot: number;
}

export type WorkerMessage =
  { type: 'failure'; index: number; message: string } | { type: 'done'; start: number; end: number };

type Check = (text: string) => { range: import('../core/parser/ast').Range }[];

function loadCheck(): Check | undefined {
  try {
    // eslint-disable-next-line @typescript-eslint/no-require-imports
    const module = require('../core/check') as { checkDocument?: Check };
    return module.checkDocument;
  } catch {
    return undefined;
  }
}

function runOne(text: string, check: Check | undefined): string | undefined {
  try {
    const ast = parse(text);
    return invariantViolation(text, ast, check ? check(text) : []);
  } catch (error) {
    return error instanceof Error ? (error.stack ?? error.message) : String(error);
  }
}

const setup = workerData as WorkerSetup;
const current = new Int32Array(setup.current);
const check = loadCheck();
const port = parentPort;

port?.on('message', ({ start, end }: { start: number; end: number }) => {
  for (let index = start; index < end; index++) {
    Atomics.store(current, setup.slot, index);
    const failure = runOne(documentAt(setup.seed, index, setup.corpus), check);
    if (failure) port.postMessage({ type: 'failure', index, message: failure } satisfies WorkerMessage);
  }
  Atomics.store(current, setup.slot, -1);
  port.postMessage({ type: 'done', start, end } satisfies WorkerMessage);
});
