// Packs a build context into a tar stream exactly as `docker build` (legacy path) sends it.
import { randomBytes } from 'node:crypto';
import { Readable } from 'node:stream';
import { ContextError } from './errors.js';
import { resolveContext, type ResolvedContext } from './resolve.js';
import { TarSink, writeTar } from './tarwrite.js';
import { checkContext, walkContext, type ContextEntry } from './walk.js';

export { ContextError, type ContextErrorKind } from './errors.js';

export interface PackOptions {
  contextDir: string;
  /** Absolute, or relative to `contextDir`; defaults to `<contextDir>/Dockerfile`. */
  dockerfile?: string;
  signal?: AbortSignal;
}

export interface PackedContext {
  /**
   * The tar, packed as it is read: no file is read before the first read. It fails with a ContextError (unreadable
   * file, cancelled, …) that its reader sees; a failure nobody reads never throws.
   */
  stream: Readable;
  /** The `dockerfile` parameter for `POST /build`. */
  dockerfileInContext: string;
  /** The Dockerfile's text, read through a symlink if it is one (one that leads out of the context is sent as a file). */
  dockerfileText: string;
}

const OUTPUT_HIGH_WATER_MARK = 256 * 1024;

/** Go's tar writer rounds the time of the entries the CLI adds itself to the nearest second. */
function addedEntry(name: string, body: Buffer): ContextEntry {
  return { name, absPath: '', type: 'file', mode: 0o600, size: body.length, mtime: Math.round(Date.now() / 1000) };
}

/**
 * The CLI's handling of a Dockerfile outside the context: the Dockerfile is added under a random
 * name, and that name is appended to `.dockerignore` (created when missing) so the engine drops it.
 */
function outsideDockerfileEntries(ctx: ResolvedContext, walked: Iterable<ContextEntry>, name: string) {
  const dockerfile = ctx.dockerfile.bytes;
  let ignoreSeen = false;
  const ignoreBody = (original: Buffer): Buffer => Buffer.concat([original, Buffer.from(`\n${name}\n`)]);
  const entries = function* (): Generator<ContextEntry> {
    yield* walked;
    yield addedEntry(name, dockerfile);
    if (!ignoreSeen) yield addedEntry('.dockerignore', ignoreBody(Buffer.from('.dockerignore')));
  };
  const bodyOf = (entry: ContextEntry): Buffer | undefined => {
    if (entry.absPath === '') return entry.name === name ? dockerfile : ignoreBody(Buffer.from('.dockerignore'));
    if (entry.name !== '.dockerignore' || entry.type !== 'file') return undefined;
    ignoreSeen = true;
    return ignoreBody(ctx.dockerignore ?? Buffer.alloc(0));
  };
  return { entries: entries(), bodyOf };
}

/** A Dockerfile that links out of the context goes as the file it leads to, under the link's name. */
function linkedDockerfileEntries(ctx: ResolvedContext, walked: Iterable<ContextEntry>) {
  const { bytes, mode, mtime } = ctx.dockerfile;
  const entries = function* (): Generator<ContextEntry> {
    for (const entry of walked) {
      if (entry.name !== ctx.dockerfileRel) yield entry;
      else yield { name: entry.name, absPath: '', type: 'file', mode, size: bytes.length, mtime };
    }
  };
  return { entries: entries(), bodyOf: (entry: ContextEntry) => (entry.absPath === '' ? bytes : undefined) };
}

/** What goes into the tar, and the `dockerfile` parameter that names the Dockerfile in it. */
function tarPlan(ctx: ResolvedContext) {
  const walked = walkContext(ctx.root, ctx.matcher);
  if (ctx.dockerfilePlace === 'linked-out')
    return { ...linkedDockerfileEntries(ctx, walked), dockerfile: ctx.dockerfileRel };
  if (ctx.dockerfilePlace === 'inside') return { entries: walked, bodyOf: undefined, dockerfile: ctx.dockerfileRel };
  const name = `.dockerfile.${randomBytes(10).toString('hex')}`;
  return { ...outsideDockerfileEntries(ctx, walked, name), dockerfile: name };
}

/**
 * Resolves the context and returns the tar stream at once. Problems found before any byte is sent (missing folder,
 * a Dockerfile that is not a file, bad `.dockerignore`) throw a ContextError right away.
 */
export function packContext(options: PackOptions): PackedContext {
  const ctx = resolveContext(options.contextDir, options.dockerfile);
  const plan = tarPlan(ctx);

  const stop = new AbortController();
  const onAbort = (): void => void out.destroy(new ContextError('cancelled'));
  const start = (): void => {
    checkContext(ctx.root, ctx.matcher, stop.signal)
      .then(() => writeTar(sink, plan.entries, stop.signal, plan.bodyOf))
      .catch((err: unknown) => {
        out.destroy(err instanceof ContextError ? err : new ContextError('io', {}, { cause: err }));
      });
  };
  let started = false;
  const out = new Readable({
    highWaterMark: OUTPUT_HIGH_WATER_MARK,
    read: () => {
      if (started) return sink.resume();
      started = true;
      start();
    },
    destroy: (err, callback) => {
      stop.abort(); // finished, failed, cancelled, or its reader went away: stop reading files
      options.signal?.removeEventListener('abort', onAbort);
      callback(err);
    },
  });
  const sink = new TarSink(out, stop.signal);
  out.on('error', () => undefined); // its reader sees the failure (read, pipeline, `errored`); unread, it must not crash
  if (options.signal?.aborted) onAbort();
  else options.signal?.addEventListener('abort', onAbort, { once: true });
  return { stream: out, dockerfileInContext: plan.dockerfile, dockerfileText: ctx.dockerfileText };
}
