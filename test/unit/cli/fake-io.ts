// A CliIo for driving the CLI in-process: stdout and stderr collected as text, a given environment and folder, an
// empty stdin unless one is given, terminals only when asked, and signals sent by the test.
import { Readable, Writable } from 'node:stream';
import { main } from '../../../client/cli/main';
import type { CliInput, CliIo, CliSignal } from '../../../client/cli/io';

export interface FakeIo extends CliIo {
  out(): string;
  err(): string;
  /** Delivers a signal to the handlers the CLI registered, as the process would. */
  signal(signal: CliSignal): void;
  /** How many signal handlers are registered now. */
  listening(): number;
}

export interface FakeIoOptions {
  env?: NodeJS.ProcessEnv;
  cwd?: string;
  stdin?: CliInput;
  stdinIsTTY?: boolean;
  stdoutIsTTY?: boolean;
}

function collector(): { stream: Writable; text: () => string } {
  const chunks: string[] = [];
  const stream = new Writable({
    write(chunk: Buffer | string, _encoding, done) {
      chunks.push(chunk.toString());
      done();
    },
  });
  return { stream, text: () => chunks.join('') };
}

export function fakeIo(opts: FakeIoOptions = {}): FakeIo {
  const stdout = collector();
  const stderr = collector();
  const handlers = new Set<{ signals: readonly CliSignal[]; handler: () => void }>();
  return {
    stdout: stdout.stream,
    stderr: stderr.stream,
    stdin: opts.stdin ?? Readable.from([]),
    env: { LANG: 'C', ...opts.env },
    cwd: opts.cwd ?? process.cwd(),
    stdinIsTTY: opts.stdinIsTTY ?? false,
    stdoutIsTTY: opts.stdoutIsTTY ?? false,
    onSignals(signals, handler) {
      const entry = { signals, handler };
      handlers.add(entry);
      return () => void handlers.delete(entry);
    },
    out: stdout.text,
    err: stderr.text,
    signal(signal) {
      for (const entry of [...handlers]) if (entry.signals.includes(signal)) entry.handler();
    },
    listening: () => handlers.size,
  };
}

export interface CliResult {
  code: number;
  stdout: string;
  stderr: string;
}

/** Runs `dockerfile-studio ARGV…` in-process. */
export async function runCliInProcess(argv: readonly string[], opts: FakeIoOptions = {}): Promise<CliResult> {
  const io = fakeIo(opts);
  const code = await main(argv, io);
  return { code, stdout: io.out(), stderr: io.err() };
}
