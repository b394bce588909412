// Images: what one is and how it is configured ("inspect image"), whether it is here, and pulls with the
// credentials of its registry (X-Registry-Auth), as `docker run --pull=missing|always|never` makes them.
import { baseStage, stagesNeeded } from '../../core/dockerfile/stages';
import type { DockerfileAst } from '../../core/parser/ast';
import type { PullPolicy } from './build-request';
import type { EngineClient, Query } from './client';
import { EngineError, isEngineError } from './errors';
import { messageError, readNdjson } from './ndjson';
import { authParams, isAuthFailure } from './registry/auth-errors';
import { encodeAuthHeader, RegistryCredentials } from './registry/credentials';
import { parseImageReference } from './registry/reference';

export interface ImageInspect {
  Id: string;
  RepoTags: string[] | null;
  Created: string;
  Size: number;
  Architecture?: string;
  Os?: string;
  Config: {
    Cmd: string[] | null;
    Entrypoint: string[] | null;
    Env: string[] | null;
    ExposedPorts: Record<string, object> | null;
    WorkingDir: string;
    Labels: Record<string, string> | null;
  } | null;
}

/** The engine's description of an image, by tag, ID or unique ID prefix (as `docker run <id prefix>` accepts). */
export function inspectImage(
  client: EngineClient,
  ref: string,
  opts: { signal?: AbortSignal } = {},
): Promise<ImageInspect> {
  return client.json<ImageInspect>('GET', `/images/${encodeURIComponent(ref)}/json`, opts);
}

/** Whether the engine has this image (by tag, ID or unique ID prefix). */
export async function imageExists(client: EngineClient, ref: string, signal?: AbortSignal): Promise<boolean> {
  try {
    await inspectImage(client, ref, signal ? { signal } : {});
    return true;
  } catch (err) {
    if (isEngineError(err) && err.status === 404) return false;
    throw err;
  }
}

export interface PullOptions {
  credentials?: RegistryCredentials;
  signal?: AbortSignal;
  /** Progress as the docker CLI prints it without a terminal: `<layer>: <status>`, once per change. */
  onProgress?: (line: string) => void;
}

/** `fromImage` and `tag` as the docker CLI sends them (a digest goes in `tag`; no tag means `latest`). */
function pullQuery(ref: string): Query {
  const at = ref.indexOf('@');
  if (at !== -1) return { fromImage: ref.slice(0, at), tag: ref.slice(at + 1) };
  const colon = ref.lastIndexOf(':');
  return colon > ref.lastIndexOf('/')
    ? { fromImage: ref.slice(0, colon), tag: ref.slice(colon + 1) }
    : { fromImage: ref, tag: 'latest' };
}

/** Pulls an image with the credentials of its registry (X-Registry-Auth). Aborting `signal` stops the pull. */
export async function pullImage(client: EngineClient, ref: string, opts: PullOptions = {}): Promise<void> {
  const credentials = opts.credentials ?? new RegistryCredentials({ locale: client.locale });
  const { registry } = parseImageReference(ref);
  const auth = await credentials.forRegistry(registry);
  const failed = (detail: string): EngineError => pullError(client, ref, registry, detail, credentials.configPath);
  const res = await client
    .request('POST', '/images/create', {
      query: pullQuery(ref),
      headers: auth ? { 'X-Registry-Auth': encodeAuthHeader(auth) } : {},
      ...(opts.signal ? { signal: opts.signal } : {}),
    })
    .catch((err: unknown) => {
      throw isEngineError(err) && err.kind === 'http' ? failed(err.engineMessage ?? err.message) : err;
    });
  const shown = new Map<string, string>();
  for await (const event of readNdjson(res.body)) {
    if (event.type !== 'message') continue;
    const error = messageError(event.message);
    if (error !== undefined) throw failed(error);
    const { id, status } = event.message;
    if (!status || shown.get(id ?? '') === status) continue;
    shown.set(id ?? '', status);
    opts.onProgress?.(id ? `${id}: ${status}` : status);
  }
}

function pullError(client: EngineClient, image: string, registry: string, detail: string, config: string): EngineError {
  if (isAuthFailure(detail)) {
    const params = authParams(registry, detail, config);
    return new EngineError({
      kind: 'auth',
      id: 'registryAuth',
      hintId: 'registryAuthHint',
      params,
      locale: client.locale,
      engineMessage: detail,
    });
  }
  return new EngineError({
    kind: 'http',
    id: 'pullFailed',
    params: { image, detail },
    locale: client.locale,
    engineMessage: detail,
  });
}

const imageId = /^(sha256:)?[0-9a-f]{12,64}$/;

/**
 * Makes the image available as `docker run --pull=POLICY` does: pulled when missing, always, or never (then a missing
 * image is left for the run to report, as the engine's "No such image").
 */
export async function ensureImage(
  client: EngineClient,
  ref: string,
  policy: PullPolicy,
  opts: PullOptions = {},
): Promise<void> {
  if (policy === 'never' || imageId.test(ref)) return; // an image ID names a local image: there is nothing to pull
  if (policy === 'always' || !(await imageExists(client, ref, opts.signal))) await pullImage(client, ref, opts);
}

function pullNeverError(client: EngineClient, image: string, option: string): EngineError {
  return new EngineError({
    kind: 'config',
    id: 'pullNever',
    hintId: 'pullNeverHint',
    params: { image, option },
    locale: client.locale,
  });
}

/** The images a build of `target` starts from (not stages, not scratch, no unexpanded ARGs). */
export function baseImagesOf(ast: DockerfileAst, target: string | undefined): string[] {
  const images = stagesNeeded(ast, target)
    .filter((stage) => stage.image && !baseStage(ast, stage))
    .map((stage) => stage.image?.value ?? '')
    .filter((image) => image !== '' && image.toLowerCase() !== 'scratch' && !image.includes('$'));
  return [...new Set(images)];
}

/** `--pull=never` for a build: every base image must already be here. */
export async function requireBaseImages(
  client: EngineClient,
  ast: DockerfileAst,
  target: string | undefined,
  signal?: AbortSignal,
): Promise<void> {
  for (const image of baseImagesOf(ast, target)) {
    if (!(await imageExists(client, image, signal))) throw pullNeverError(client, image, '--pull=never');
  }
}
