// `dockerfile-studio run`: runs an image like `docker run --rm`, streaming the container's stdout and stderr to ours and
// exiting with its exit code. Ctrl-C stops and removes the container; -it wires our terminal to the container's TTY.
import type { Locale } from '../../core/l10n';
import { EngineClient } from '../engine/client';
import { resolveEngineEndpoint } from '../engine/connection';
import { isRunError, type RunError } from '../engine/containers';
import { isEngineError } from '../engine/errors';
import { ensureImage } from '../engine/images';
import { RegistryCredentials } from '../engine/registry/credentials';
import { runContainer, runInteractive, type OutputSink, type RunOptions } from '../engine/run';
import { startCommand } from './command';
import { writeLine, type CliIo, type CliOutput } from './io';
import { runCommand, type RunArgs } from './run-args';
import { RunInterrupts } from './run-interrupts';

export async function main(argv: readonly string[], io: CliIo, inheritedLang?: string): Promise<number> {
  const started = startCommand(runCommand, argv, io, inheritedLang);
  if (typeof started === 'number') return started;
  const { args, locale } = started;
  const interrupts = new RunInterrupts(io, locale);
  let client: EngineClient | undefined;
  try {
    const endpoint = resolveEngineEndpoint({ env: io.env, ...(args.host ? { host: args.host } : {}) });
    client = await EngineClient.connect(endpoint, { locale, signal: interrupts.stop });
    const engine = client;
    const pull = (): Promise<void> => pullImage(engine, args, io, locale, interrupts.stop);
    if (args.pull === 'always') await pull();
    interrupts.containerFromNowOn();
    const start = (): Promise<number> => startContainer(engine, args, io, interrupts);
    // As docker does: create the container first, and pull only when the engine answers that the image is missing.
    return await start().catch(async (err: unknown) => {
      if (args.pull !== 'missing' || !isRunError(err) || err.kind !== 'image-missing') throw err;
      await pull();
      return start();
    });
  } catch (err) {
    return reportFailure(err, io, locale);
  } finally {
    interrupts.dispose();
    client?.close();
  }
}

/** Pulls the image, progress on stderr; Ctrl-C stops the pull. */
async function pullImage(
  client: EngineClient,
  args: RunArgs,
  io: CliIo,
  locale: Locale,
  signal: AbortSignal,
): Promise<void> {
  await ensureImage(client, args.image, 'always', {
    credentials: new RegistryCredentials({ env: io.env, locale }),
    signal,
    onProgress: (line) => writeLine(io.stderr, line),
  });
}

/** Creates, attaches, starts and waits: in our terminal for -it, else piped to our streams. */
function startContainer(client: EngineClient, args: RunArgs, io: CliIo, interrupts: RunInterrupts): Promise<number> {
  const opts = { ...runOptions(args), signal: interrupts.stop, kill: interrupts.kill };
  if (args.interactive && args.tty) return runInTerminal(client, opts, io);
  const piped = { ...opts, tty: args.tty, ...(args.interactive ? { stdin: io.stdin } : {}) };
  return runPiped(client, piped, io, interrupts);
}

function runOptions(args: RunArgs): RunOptions {
  return {
    image: args.image,
    keep: args.keep,
    env: args.env,
    ports: args.ports,
    volumes: args.volumes,
    labels: args.labels,
    ...(args.cmd.length > 0 ? { cmd: args.cmd } : {}),
    ...(args.ulimits.length > 0 ? { ulimits: args.ulimits } : {}),
    ...(args.network ? { network: args.network } : {}),
    ...(args.stopTimeout !== undefined ? { stopTimeoutSeconds: args.stopTimeout } : {}),
  };
}

/** Output to our stdout/stderr as it arrives; interrupts stop (or kill) and remove the container. */
async function runPiped(client: EngineClient, opts: RunOptions, io: CliIo, interrupts: RunInterrupts): Promise<number> {
  // Our reader went away (`| head -1`): stop the container instead of crashing on EPIPE.
  const onClosedOutput = (): void => interrupts.stopQuietly();
  io.stdout.on('error', onClosedOutput);
  try {
    return (await runContainer(client, opts, writeTo(io))).exitCode;
  } finally {
    io.stdout.removeListener('error', onClosedOutput);
    opts.stdin?.pause();
  }
}

/** Writes each chunk to our stream of the same name, waiting for 'drain' when that stream is full (or broken). */
function writeTo(io: CliIo): OutputSink {
  return ({ stream, data }) => {
    const target = stream === 'stderr' ? io.stderr : io.stdout;
    if (target.write(data)) return undefined;
    return new Promise<void>((resolve) => {
      const done = (): void => {
        for (const event of ['drain', 'error', 'close']) target.removeListener(event, done);
        resolve();
      };
      for (const event of ['drain', 'error', 'close']) target.once(event, done);
    });
  };
}

/** -it from a terminal: raw mode, keystrokes to the container (Ctrl-C included, as docker does), resizes forwarded. */
async function runInTerminal(client: EngineClient, opts: RunOptions, io: CliIo): Promise<number> {
  const screen: CliOutput | undefined = io.stdoutIsTTY ? io.stdout : undefined;
  const size = screen?.columns && screen.rows ? { cols: screen.columns, rows: screen.rows } : {};
  const session = await runInteractive(client, { ...opts, ...size });
  session.onOutput((data) => void io.stdout.write(data));
  const onKeys = (data: Buffer): void => session.write(data);
  const onResize = (): void => {
    if (screen?.columns && screen.rows) session.resize(screen.columns, screen.rows).catch(() => undefined);
  };
  io.stdin.setRawMode?.(true);
  io.stdin.on('data', onKeys);
  screen?.on('resize', onResize);
  try {
    return (await session.exit).exitCode;
  } finally {
    io.stdin.setRawMode?.(false);
    io.stdin.removeListener('data', onKeys);
    io.stdin.pause();
    screen?.removeListener('resize', onResize);
  }
}

/** Prints what went wrong and how to fix it; returns docker's exit codes (125 engine, 126/127 command, 130 cancelled). */
function reportFailure(err: unknown, io: CliIo, locale: Locale): number {
  if (!isRunError(err) && !isEngineError(err)) throw err;
  const { message, hint } = err.localized(locale);
  writeLine(io.stderr, message);
  if (hint) writeLine(io.stderr, hint);
  if (err.kind === 'cancelled') return 130;
  return isRunError(err) ? commandExitCode(err) : 125;
}

function commandExitCode(err: RunError): number {
  if (err.kind !== 'start-failed') return 125;
  if (/permission denied/i.test(err.engineMessage ?? '')) return 126;
  if (/no such file|not found/i.test(err.engineMessage ?? '')) return 127;
  return 125;
}
