// Resolves the context folder, the Dockerfile and `.dockerignore` the way `docker build` does.
import { lstatSync, readFileSync, realpathSync } from 'node:fs';
import { isAbsolute, join, relative, resolve, sep } from 'node:path';
import {
  contextMatcher,
  lineOfPattern,
  parseDockerignore,
  PatternError,
  type PatternMatcher,
} from '../../core/ignore/dockerignore';
import { ContextError, fsError, isMissing } from './errors.js';

export interface ResolvedContext {
  /** Absolute context folder with symlinks resolved, as the CLI walks it. */
  root: string;
  /** The Dockerfile's slash-separated path inside the context (`../…` when it is outside). */
  dockerfileRel: string;
  /** The Dockerfile's bytes when it lives outside the context and must be added to the tar. */
  outsideDockerfile?: Buffer;
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
  if (!lstatSync(root).isDirectory()) throw new ContextError('context-not-directory', { path: abs });
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

function readOptional(path: string): Buffer | undefined {
  try {
    return readFileSync(path);
  } catch (err) {
    if (isMissing(err)) return undefined;
    throw fsError(err, path);
  }
}

function buildMatcher(text: Buffer | undefined, dockerfileRel: string): PatternMatcher {
  const file = parseDockerignore(text?.toString('utf8') ?? '');
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
  try {
    real = realpathSync(given);
  } catch (err) {
    throw isMissing(err)
      ? new ContextError('dockerfile-missing', { path: given }, { cause: err })
      : fsError(err, given);
  }
  const dockerfileRel = relative(root, real).split(sep).join('/');
  const outside = dockerfileRel === '..' || dockerfileRel.startsWith('../') || isAbsolute(dockerfileRel);
  const dockerignore = readOptional(join(root, '.dockerignore'));
  const matcher = buildMatcher(dockerignore, dockerfileRel);
  let outsideDockerfile: Buffer | undefined;
  if (outside) {
    try {
      outsideDockerfile = readFileSync(given);
    } catch (err) {
      throw fsError(err, given);
    }
  }
  return {
    root,
    dockerfileRel,
    matcher,
    ...(dockerignore ? { dockerignore } : {}),
    ...(outsideDockerfile ? { outsideDockerfile } : {}),
  };
}
