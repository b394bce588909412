// Packs a build context into a tar stream exactly as `docker build` (legacy path) sends it.
import { randomBytes } from 'node:crypto';
import { PassThrough, type Readable } from 'node:stream';
import { pack as tarPack } from 'tar-stream';
import { coalesceInto } from './coalesce.js';
import { ContextError } from './errors.js';
import { resolveContext, type ResolvedContext } from './resolve.js';
import { writeEntries } from './tarwrite.js';
import { walkContext, type ContextEntry } from './walk.js';

export { ContextError, type ContextErrorKind } from './errors.js';

export interface PackOptions {
  contextDir: string;
  /** Absolute, or relative to `contextDir`; defaults to `<contextDir>/Dockerfile`. */
  dockerfile?: string;
  signal?: AbortSignal;
}

export interface PackedContext {
  /** The tar. It fails with a ContextError (unreadable file, cancelled, …). */
  stream: Readable;
  /** The `dockerfile` parameter for `POST /build`. */
  dockerfileInContext: string;
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
  const dockerfile = ctx.outsideDockerfile ?? Buffer.alloc(0);
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

/**
 * Starts packing and returns the tar stream at once. Problems found before any byte is sent
 * (missing folder or Dockerfile, bad `.dockerignore`) throw a ContextError right away.
 */
export function packContext(options: PackOptions): PackedContext {
  const ctx = resolveContext(options.contextDir, options.dockerfile);
  const walked = walkContext(ctx.root, ctx.matcher);
  const randomName = ctx.outsideDockerfile ? `.dockerfile.${randomBytes(10).toString('hex')}` : undefined;
  const plan = randomName ? outsideDockerfileEntries(ctx, walked, randomName) : { entries: walked, bodyOf: undefined };

  const stop = new AbortController();
  const out = new PassThrough({ highWaterMark: OUTPUT_HIGH_WATER_MARK });
  const tar = tarPack();
  tar.on('error', () => undefined); // failures reach the reader through `out`
  coalesceInto(tar, out);
  let written = false;
  const onAbort = (): void => {
    stop.abort();
    out.destroy(new ContextError('cancelled'));
  };
  options.signal?.addEventListener('abort', onAbort, { once: true });
  out.once('close', () => {
    options.signal?.removeEventListener('abort', onAbort);
    if (written) return;
    stop.abort(); // the reader went away early: stop reading files
    tar.destroy();
  });
  if (options.signal?.aborted) onAbort();

  writeEntries(tar, plan.entries, stop.signal, plan.bodyOf).then(
    () => {
      written = true;
      tar.finalize();
    },
    (err: unknown) => {
      stop.abort();
      tar.destroy();
      out.destroy(err instanceof ContextError ? err : new ContextError('io', {}, { cause: err }));
    },
  );
  return { stream: out, dockerfileInContext: randomName ?? ctx.dockerfileRel };
}
