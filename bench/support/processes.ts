// Whole processes timed from spawn to exit, run in turn against a peer so that both see the same machine, and the
// ratio reported against a target (said, not an exit status: a miss is a figure to act on).
import { spawn } from 'node:child_process';
import { median, percentile } from './stats';

export interface Contender {
  name: string;
  /** Runs once and resolves to its wall time in ms; rejects when the output is not what it must be. */
  run: () => Promise<number>;
  times: number[];
}

/** Wall time of one process; it must exit 0, and its output must pass `accept` when given. */
export function timeProcess(
  command: string,
  args: readonly string[],
  options: { env?: NodeJS.ProcessEnv; cwd?: string; accept?: (output: string) => boolean } = {},
): Promise<number> {
  const started = performance.now();
  return new Promise((resolve, reject) => {
    const child = spawn(command, args, { env: options.env, cwd: options.cwd, stdio: ['ignore', 'pipe', 'pipe'] });
    let output = '';
    child.stdout.on('data', (chunk: Buffer) => (output += chunk.toString()));
    child.stderr.on('data', (chunk: Buffer) => (output += chunk.toString()));
    child.on('error', reject);
    child.on('close', (code) =>
      code === 0 && (options.accept?.(output) ?? true)
        ? resolve(performance.now() - started)
        : reject(new Error(`${command} ${args.join(' ')} failed (${code}): ${output.slice(0, 500)}`)),
    );
  });
}

export function contender(name: string, run: () => Promise<number>): Contender {
  return { name, run, times: [] };
}

/** `runs` rounds in turn, the order rotating each round; round 0 only warms up (page cache, engine). */
export async function interleave(contenders: readonly Contender[], runs: number): Promise<void> {
  for (let i = 0; i <= runs; i++) {
    for (let k = 0; k < contenders.length; k++) {
      const next = contenders[(i + k) % contenders.length] as Contender;
      const ms = await next.run();
      if (i > 0) next.times.push(ms);
    }
  }
}

/** Prints each contender's median and p95, then ours/peer against `target` (a ratio: at most this). */
export function reportRatio(title: string, ours: Contender, peer: Contender, target: number): void {
  console.log(`${title}, ${ours.times.length} runs each, interleaved:`);
  for (const c of [peer, ours])
    console.log(
      `  ${c.name.padEnd(36)} median ${median(c.times).toFixed(0)} ms, p95 ${percentile(c.times, 95).toFixed(0)} ms`,
    );
  const ratio = median(ours.times) / median(peer.times);
  const p95 = percentile(ours.times, 95) / percentile(peer.times, 95);
  const verdict = ratio <= target ? 'PASS' : 'FAIL';
  console.log(
    `  ratio ours/peer = ${ratio.toFixed(2)}x median, ${p95.toFixed(2)}x p95 (target <= ${target}x): ${verdict}`,
  );
}
