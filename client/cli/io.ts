// Everything the CLI takes from its process, in one object: made from `process` only by the entry in main.ts, and
// from fake streams and a fake environment by the tests, which can so drive every subcommand in-process.

export type CliSignal = 'SIGINT' | 'SIGTERM' | 'SIGHUP';

/** stdout or stderr. `columns`, `rows` and the 'resize' event exist when it is a terminal. */
export type CliOutput = NodeJS.WritableStream & { columns?: number; rows?: number };

/** stdin; `setRawMode` exists when it is a terminal. */
export type CliInput = NodeJS.ReadableStream & { setRawMode?(raw: boolean): unknown };

export interface CliIo {
  readonly stdout: CliOutput;
  readonly stderr: CliOutput;
  readonly stdin: CliInput;
  readonly env: Readonly<NodeJS.ProcessEnv>;
  /** The folder relative paths on the command line start from. */
  readonly cwd: string;
  readonly stdinIsTTY: boolean;
  readonly stdoutIsTTY: boolean;
  /** Calls `handler` on each of these signals until the returned function is called. */
  onSignals(signals: readonly CliSignal[], handler: () => void): () => void;
}

export function writeLine(stream: CliOutput, text: string): void {
  stream.write(`${text}\n`);
}
