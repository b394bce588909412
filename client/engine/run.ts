// Running an image as `docker run --rm` does: create (AutoRemove, so the engine removes the container even when we are
// killed) → attach (before start, so no early output is lost) → wait registered → start → stream output → exit code,
// once removed. Cancel stops (SIGTERM, then SIGKILL) and removes. Every path after create ends in cleanup, so no
// container is left behind.
import { performance } from 'node:perf_hooks';
import type { Duplex } from 'node:stream';
import type { EngineClient } from './client';
import {
  attachContainer,
  createContainer,
  engineCli,
  isRunError,
  killContainer,
  removeContainer,
  resizeContainer,
  RunError,
  shortId,
  startContainer,
  stopContainer,
  waitForExit,
  type ContainerSpec,
  type PortBinding,
  type Ulimit,
} from './containers';
import { attachDecoder, FrameFormatError, type OutputChunk } from './demux';
import { cancelledError, errorCode, isEngineError } from './errors';

export type { OutputChunk } from './demux';

export interface RunOptions {
  image: string;
  /** Overrides the image's CMD. */
  cmd?: string[];
  /** `NAME=value` entries, or a map. */
  env?: string[] | Record<string, string>;
  /** Docker's `-p` syntax (`8080:80`, `127.0.0.1:8080:80/tcp`, `80`) or parsed bindings. */
  ports?: (string | PortBinding)[];
  /** Binds: `/host:/container[:ro]` or `volume:/path`. */
  volumes?: string[];
  /** `default` (the engine's), `none`, `host` or a network name. */
  network?: string;
  /** Keep the container after it exits (no `--rm`). */
  keep?: boolean;
  tty?: boolean;
  /** Piped into the container's stdin (`-i`); its end closes that stdin. */
  stdin?: NodeJS.ReadableStream;
  labels?: Record<string, string>;
  ulimits?: Ulimit[];
  /** Seconds between SIGTERM and SIGKILL when stopping. Default 10, like `docker stop`. */
  stopTimeoutSeconds?: number;
  /** Aborting it cancels the run: the container is stopped (SIGTERM, then SIGKILL after the timeout) and removed. */
  signal?: AbortSignal;
  /** Aborting it kills the container at once (SIGKILL), even while a stop waits out its timeout. */
  kill?: AbortSignal;
  /** Told the container's ID as soon as it exists. */
  onContainer?: (containerId: string) => void;
}

/** Receives output as it arrives; a returned promise pauses reading until it settles (backpressure). */
export type OutputSink = (chunk: OutputChunk) => void | Promise<void>;

export interface RunResult {
  exitCode: number;
  containerId: string;
  elapsedMs: number;
}

/** Runs the image to completion, streaming its output into `sink`. Throws RunError (or EngineError before create). */
export async function runContainer(client: EngineClient, opts: RunOptions, sink: OutputSink): Promise<RunResult> {
  const run = await ContainerRun.open(client, containerSpec(opts, client.locale), opts);
  return run.complete({ sink, signal: opts.signal, stdin: opts.stdin });
}

export interface InteractiveOptions extends Omit<RunOptions, 'tty' | 'stdin'> {
  cols?: number;
  rows?: number;
}

/** A running `-it` container, for a terminal: keystrokes in, raw TTY output out. */
export interface InteractiveRun {
  readonly containerId: string;
  /** Output received before the first listener is kept and handed to it. */
  onOutput(listener: (data: Buffer) => void): { dispose(): void };
  write(data: string | Buffer): void;
  resize(cols: number, rows: number): Promise<void>;
  /** Settles when the container exits and is removed; rejects with RunError (`cancelled` after stop()). */
  readonly exit: Promise<RunResult>;
  /** Stops (SIGTERM, then SIGKILL) and removes the container; resolves when done. */
  stop(): Promise<void>;
}

export async function runInteractive(client: EngineClient, opts: InteractiveOptions): Promise<InteractiveRun> {
  const spec = { ...containerSpec({ ...opts, tty: true }, client.locale), stdin: true };
  const run = await ContainerRun.open(client, spec, opts);
  const output = new BufferedOutput();
  const controller = new AbortController();
  opts.signal?.addEventListener('abort', () => controller.abort(), { once: true });
  let started!: () => void;
  const startedOnce = new Promise<void>((resolve) => (started = resolve));
  const exit = run.complete({
    sink: (chunk) => output.emit(chunk.data),
    signal: controller.signal,
    onStarted: () => started(),
  });
  exit.catch(() => undefined); // callers await `exit` when they want to; never an unhandled rejection
  await Promise.race([startedOnce, exit]);
  if (opts.cols && opts.rows) await run.resize(opts.cols, opts.rows).catch(() => undefined);
  return {
    containerId: run.id,
    onOutput: (listener) => output.subscribe(listener),
    write: (data) => run.writeStdin(data),
    resize: (cols, rows) => run.resize(cols, rows),
    exit,
    stop: async () => {
      controller.abort();
      await exit.then(
        () => undefined,
        () => undefined,
      );
    },
  };
}

interface ExecuteOptions {
  sink: OutputSink;
  signal?: AbortSignal | undefined;
  stdin?: NodeJS.ReadableStream | undefined;
  onStarted?: () => void;
}

/** One container's life, from the moment it exists: every method that can fail is followed by cleanup(). */
class ContainerRun {
  private started = false;
  private stopping: Promise<void> | undefined;
  private killing: Promise<void> | undefined;
  private readonly startedAt = performance.now();

  private constructor(
    private readonly client: EngineClient,
    readonly id: string,
    private readonly spec: ContainerSpec,
    private readonly opts: RunOptions | InteractiveOptions,
    private attach: Duplex | undefined = undefined,
    private exitCode: Promise<number> | undefined = undefined,
    private abandonWait: () => void = () => undefined,
  ) {}

  /** Creates the container, attaches, and registers the wait for its exit. Nothing is left behind if this fails. */
  static async open(
    client: EngineClient,
    spec: ContainerSpec,
    opts: RunOptions | InteractiveOptions,
  ): Promise<ContainerRun> {
    const signal = 'signal' in opts ? opts.signal : undefined;
    if (signal?.aborted) throw cancelledError(client.locale);
    // The signal is not passed to requests: an aborted create could still create a container we would never see.
    const run = new ContainerRun(client, await createContainer(client, spec), spec, opts);
    try {
      opts.onContainer?.(run.id);
      if (signal?.aborted) throw run.cancelled();
      run.attach = await attachContainer(client, run.id, spec);
      const wait = await waitForExit(client, run.id, spec.autoRemove === true);
      run.exitCode = wait.exit;
      run.abandonWait = wait.abandon;
    } catch (err) {
      throw await run.finish(run.explain(err));
    }
    return run;
  }

  /** Starts, streams, waits; then removes the container (unless kept) whatever happened. */
  async complete(exec: ExecuteOptions): Promise<RunResult> {
    let exitCode: number;
    try {
      exitCode = await this.execute(exec);
    } catch (err) {
      throw await this.finish(this.explain(err));
    }
    // The engine removed an auto-removed container before the wait answered: nothing is left to do.
    const cleanupError = this.spec.autoRemove ? this.release() : await this.cleanup();
    if (cleanupError) throw cleanupError;
    return { exitCode, containerId: this.id, elapsedMs: Math.round(performance.now() - this.startedAt) };
  }

  writeStdin(data: string | Buffer): void {
    if (this.attach && !this.attach.writableEnded) this.attach.write(data);
  }

  resize(cols: number, rows: number): Promise<void> {
    return resizeContainer(this.client, this.id, cols, rows);
  }

  private async execute({ sink, signal, stdin, onStarted }: ExecuteOptions): Promise<number> {
    const attach = this.attach,
      exitCode = this.exitCode;
    if (!attach || !exitCode) throw new Error('ContainerRun.open() must succeed first');
    const output = pumpOutput(attach, this.spec.tty === true, sink);
    output.catch(() => undefined); // awaited below, after start
    if (signal?.aborted) throw this.cancelled();
    await startContainer(this.client, this.id, this.spec);
    this.started = true;
    onStarted?.();
    if (stdin) stdin.pipe(attach);
    const stopOnAbort = (): void => void this.stop();
    const killOnAbort = (): void => void this.kill();
    const kill = this.opts.kill;
    signal?.addEventListener('abort', stopOnAbort, { once: true });
    kill?.addEventListener('abort', killOnAbort, { once: true });
    if (signal?.aborted) stopOnAbort();
    if (kill?.aborted) killOnAbort();
    try {
      const [code] = await Promise.all([exitCode, output]);
      if (signal?.aborted || kill?.aborted) throw this.cancelled();
      return code;
    } finally {
      signal?.removeEventListener('abort', stopOnAbort);
      kill?.removeEventListener('abort', killOnAbort);
      if (stdin) stdin.unpipe(attach);
    }
  }

  /** SIGTERM, then SIGKILL after the timeout; falls back to kill when stop itself fails. */
  private stop(): Promise<void> {
    const timeout = this.opts.stopTimeoutSeconds ?? 10;
    this.stopping ??= stopContainer(this.client, this.id, timeout)
      .catch(() => killContainer(this.client, this.id))
      .catch(() => undefined); // the engine is gone: the wait fails and says so
    return this.stopping;
  }

  /** SIGKILL now; the wait then sees the exit. */
  private kill(): Promise<void> {
    this.killing ??= killContainer(this.client, this.id).catch(() => undefined);
    return this.killing;
  }

  private cancelled(): RunError {
    const id = this.opts.keep ? 'cancelledKept' : 'cancelled';
    return new RunError(
      'cancelled',
      id,
      { id: shortId(this.id) },
      { locale: this.client.locale, containerId: this.id },
    );
  }

  /** Turns low-level failures into RunErrors users can act on. */
  private explain(err: unknown): unknown {
    if (isRunError(err)) return err;
    const locale = this.client.locale,
      containerId = this.id;
    if (err instanceof FrameFormatError)
      return new RunError('protocol', 'protocol', { detail: err.message }, { locale, containerId, cause: err });
    if (!isConnectionLoss(err)) return err;
    const params = { id: shortId(this.id), detail: lossDetail(err), cli: engineCli(this.client) };
    return new RunError('engine-gone', 'engineGone', params, { locale, containerId, cause: err });
  }

  /** Cleans up after a failure; the original error wins over a cleanup error. */
  private async finish(err: unknown): Promise<unknown> {
    await this.cleanup();
    return err;
  }

  /** Closes our streams. */
  private release(): undefined {
    this.abandonWait();
    this.attach?.destroy();
    return undefined;
  }

  /** Closes our streams and removes the container unless it is to be kept. Returns a RunError if removal failed. */
  private async cleanup(): Promise<RunError | undefined> {
    this.release();
    if (this.opts.keep && this.started) return undefined;
    try {
      await removeContainer(this.client, this.id);
      return undefined;
    } catch (err) {
      const params = {
        id: shortId(this.id),
        detail: isEngineError(err) ? err.message : String(err),
        cli: engineCli(this.client),
      };
      return new RunError('engine-gone', 'cleanupFailed', params, {
        locale: this.client.locale,
        containerId: this.id,
        cause: err,
      });
    }
  }
}

async function pumpOutput(attach: Duplex, tty: boolean, sink: OutputSink): Promise<void> {
  const decoder = attachDecoder(tty);
  for await (const chunk of attach as AsyncIterable<Buffer>) {
    for (const piece of decoder.push(chunk)) {
      const pending = sink(piece);
      if (pending) await pending;
    }
  }
}

const lossCodes = new Set([
  'ECONNRESET',
  'EPIPE',
  'ECONNREFUSED',
  'ENOENT',
  'ECONNABORTED',
  'ERR_STREAM_PREMATURE_CLOSE',
]);

function isConnectionLoss(err: unknown): boolean {
  if (isEngineError(err)) return err.kind === 'stream' || err.kind === 'unreachable';
  return lossCodes.has(errorCode(err));
}

function lossDetail(err: unknown): string {
  const cause = isEngineError(err) ? err.cause : err;
  return errorCode(cause) || (err instanceof Error ? err.message : String(err));
}

/** Hands output to listeners, keeping what arrives before the first one subscribes. */
class BufferedOutput {
  private readonly listeners = new Set<(data: Buffer) => void>();
  private backlog: Buffer[] = [];

  emit(data: Buffer): void {
    if (this.listeners.size === 0) this.backlog.push(Buffer.from(data));
    else for (const listener of this.listeners) listener(data);
  }

  subscribe(listener: (data: Buffer) => void): { dispose(): void } {
    this.listeners.add(listener);
    const backlog = this.backlog;
    this.backlog = [];
    for (const data of backlog) listener(data);
    return { dispose: () => void this.listeners.delete(listener) };
  }
}

/** Normalizes run options into what `create` takes; malformed ports or env entries are RunErrors. */
export function containerSpec(opts: RunOptions, locale?: string): ContainerSpec {
  const env = Array.isArray(opts.env) ? opts.env : Object.entries(opts.env ?? {}).map(([k, v]) => `${k}=${v}`);
  for (const entry of env) {
    if (!/^[^=]+=/.test(entry)) throw new RunError('invalid-option', 'invalidEnv', { value: entry }, { locale });
  }
  const spec: ContainerSpec = {
    image: opts.image,
    env,
    tty: opts.tty === true,
    stdin: opts.stdin !== undefined,
    labels: opts.labels ?? {},
    network: opts.network ?? 'default',
    ports: (opts.ports ?? []).map((p) => (typeof p === 'string' ? parsePortBinding(p, locale) : p)),
    volumes: opts.volumes ?? [],
  };
  if (opts.cmd) spec.cmd = opts.cmd;
  if (opts.ulimits) spec.ulimits = opts.ulimits;
  if (!opts.keep) spec.autoRemove = true;
  return spec;
}

const portPattern =
  /^(?:(?:\[([0-9a-fA-F:.]+)\]|(\d{1,3}(?:\.\d{1,3}){3})):)?(?:(\d{0,5}):)?(\d{1,5})(?:\/(tcp|udp|sctp))?$/;

/** Parses docker's `-p` syntax: `[IP:][HOST:]CONTAINER[/PROTO]` (an empty HOST lets the engine choose). */
export function parsePortBinding(text: string, locale?: string): PortBinding {
  const match = portPattern.exec(text.trim());
  const invalid = (): RunError => new RunError('invalid-option', 'invalidPort', { value: text }, { locale });
  if (!match) throw invalid();
  const [, ip6, ip4, hostPort = '', containerPort = '', protocol = 'tcp'] = match;
  const ports = [hostPort, containerPort].filter((p) => p !== '').map(Number);
  if (ports.some((p) => p < 1 || p > 65535)) throw invalid();
  const binding: PortBinding = { hostPort, containerPort, protocol: protocol as PortBinding['protocol'] };
  const hostIp = ip6 ?? ip4;
  if (hostIp) binding.hostIp = hostIp;
  return binding;
}
