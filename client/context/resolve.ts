// Resolves the context folder, the Dockerfile and `.dockerignore` the way `docker build` does.
import { closeSync, constants, fstatSync, lstatSync, openSync, readSync, realpathSync } from 'node:fs';
import { basename, dirname, isAbsolute, join, relative, resolve, sep } from 'node:path';
import {
  contextMatcher,
  lineOfPattern,
  parseDockerignore,
  PatternError,
  type PatternMatcher,
} from '../../core/ignore/dockerignore';
import { decodeName } from '../../core/ignore/names';
import { BUILD_FILE_LIMIT, ContextError, fsError, isMissing } from './errors.js';

export interface ResolvedContext {
  /** Absolute context folder with symlinks resolved, as the CLI walks it. */
  root: string;
  /** The Dockerfile's slash-separated path inside the context (`../…` when it is outside). */
  dockerfileRel: string;
  /**
   * `inside`: a file of the context. `outside`: added to the tar under a random name, as the CLI does. `linked-out`: a
   * link in the context to a file outside it, sent as that file (the engine cannot follow it; Podman fails on it).
   */
  dockerfilePlace: 'inside' | 'outside' | 'linked-out';
  /** The Dockerfile, read through a symlink. */
  dockerfile: BuildFile;
  dockerfileText: string;
  /** The context's `.dockerignore` text, when there is one. */
  dockerignore?: Buffer;
  matcher: PatternMatcher;
}

function resolveRoot(contextDir: string): string {
  const abs = resolve(contextDir);
  let root: string;
  try {
    root = realpathSync(abs);
  } catch (err) {
    throw isMissing(err) ? new ContextError('context-missing', { path: abs }, { cause: err }) : fsError(err, abs);
  }
  let isDirectory: boolean;
  try {
    isDirectory = lstatSync(root).isDirectory();
  } catch (err) {
    throw fsError(err, abs);
  }
  if (!isDirectory) throw new ContextError('context-not-directory', { path: abs });
  return root;
}

/** The CLI's default: `Dockerfile`, or `dockerfile` when only that one exists. */
function defaultDockerfile(root: string): string {
  const upper = join(root, 'Dockerfile');
  try {
    lstatSync(upper);
    return upper;
  } catch {
    const lower = join(root, 'dockerfile');
    try {
      lstatSync(lower);
      return lower;
    } catch {
      return upper;
    }
  }
}

/**
 * Reads a regular file whole; undefined when it does not exist. A folder, a pipe or a device is refused before
 * reading (a pipe would block forever), and so is a file larger than BUILD_FILE_LIMIT. `shown` names it in errors.
 */
export interface BuildFile {
  bytes: Buffer;
  /** Permission bits, and whole seconds of the modification time, for a tar header. */
  mode: number;
  mtime: number;
}

function readBuildFile(path: string, shown = path): BuildFile | undefined {
  let fd: number;
  try {
    fd = openSync(path, constants.O_RDONLY | constants.O_NONBLOCK);
  } catch (err) {
    if (isMissing(err)) return undefined;
    const code = (err as NodeJS.ErrnoException).code;
    throw code === 'EISDIR' ? new ContextError('is-folder', { path: shown }, { cause: err }) : fsError(err, shown);
  }
  try {
    const st = fstatSync(fd);
    if (st.isDirectory()) throw new ContextError('is-folder', { path: shown });
    if (!st.isFile()) throw new ContextError('special-file', { path: shown });
    if (st.size > BUILD_FILE_LIMIT) throw new ContextError('too-large', { path: shown });
    const buf = Buffer.alloc(st.size);
    let read = 0;
    while (read < st.size) {
      const n = readSync(fd, buf, read, st.size - read, read);
      if (n === 0) break; // it shrank meanwhile: what is there is what we send
      read += n;
    }
    return { bytes: buf.subarray(0, read), mode: st.mode & 0o7777, mtime: Math.floor(st.mtimeMs / 1000) };
  } catch (err) {
    throw err instanceof ContextError ? err : fsError(err, shown);
  } finally {
    closeSync(fd);
  }
}

const isOutside = (rel: string): boolean => rel === '..' || rel.startsWith('../') || isAbsolute(rel);
const slashed = (rel: string): string => rel.split(sep).join('/');

function buildMatcher(text: Buffer | undefined, dockerfileRel: string): PatternMatcher {
  const file = parseDockerignore(text ? decodeName(text) : '');
  try {
    return contextMatcher(file, dockerfileRel);
  } catch (err) {
    if (!(err instanceof PatternError)) throw err;
    const line = lineOfPattern(file, err);
    const details = { pattern: err.pattern, ...(line !== undefined ? { line } : {}) };
    throw new ContextError(
      err.reason === 'lone-exclamation' ? 'ignore-lone-exclamation' : 'ignore-bad-pattern',
      details,
      { cause: err },
    );
  }
}

/**
 * @param dockerfile absolute, or relative to the context folder; defaults to `<context>/Dockerfile`.
 */
export function resolveContext(contextDir: string, dockerfile?: string): ResolvedContext {
  const root = resolveRoot(contextDir);
  const given =
    dockerfile === undefined || dockerfile === ''
      ? defaultDockerfile(root)
      : isAbsolute(dockerfile)
        ? dockerfile
        : join(resolve(contextDir), dockerfile);
  let real: string;
  let linkFolder: string; // where the Dockerfile's own name is, when that name is a link
  try {
    real = realpathSync(given);
    linkFolder = realpathSync(dirname(given));
  } catch (err) {
    throw isMissing(err)
      ? new ContextError('dockerfile-missing', { path: given }, { cause: err })
      : fsError(err, given);
  }
  const file = readBuildFile(real, given);
  if (!file) throw new ContextError('dockerfile-missing', { path: given });
  const realRel = relative(root, real);
  const linkRel = relative(root, join(linkFolder, basename(given)));
  const place = !isOutside(realRel) ? 'inside' : isOutside(linkRel) ? 'outside' : 'linked-out';
  const dockerfileRel = slashed(place === 'linked-out' ? linkRel : realRel);
  const dockerignore = readBuildFile(join(root, '.dockerignore'))?.bytes;
  return {
    root,
    dockerfileRel,
    dockerfilePlace: place,
    dockerfile: file,
    dockerfileText: file.bytes.toString('utf8'),
    matcher: buildMatcher(dockerignore, dockerfileRel),
    ...(dockerignore ? { dockerignore } : {}),
  };
}
