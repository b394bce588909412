// The docker CLI's `config.json` (in DOCKER_CONFIG, or ~/.docker): stored logins (`auths`), the default credential
// helper (`credsStore`) and per-registry helpers (`credHelpers`).
import { readFileSync } from 'node:fs';
import { homedir } from 'node:os';
import { join } from 'node:path';
import { EngineError } from '../errors';

/** One login as the engine's API takes it (`X-Registry-Auth`, `X-Registry-Config`). */
export interface AuthConfig {
  username?: string;
  password?: string;
  /** A refresh token from `docker login` with an identity provider; sent instead of the password. */
  identitytoken?: string;
  /** A bearer token for the registry itself. */
  registrytoken?: string;
  serveraddress?: string;
  email?: string;
}

export interface DockerConfig {
  /** Where it was read from (or would be), for messages. */
  path: string;
  auths: Record<string, AuthConfig>;
  credsStore: string | undefined;
  credHelpers: Record<string, string>;
}

interface RawAuth extends AuthConfig {
  auth?: unknown;
}

export function dockerConfigDir(env: NodeJS.ProcessEnv, home?: string): string {
  return env.DOCKER_CONFIG || join(home ?? env.HOME ?? homedir(), '.docker');
}

/** `auth` holds base64 "user:password"; the CLI decodes it into the two fields. */
function decodeAuth(entry: RawAuth): AuthConfig {
  const { auth, ...rest } = entry;
  const out: AuthConfig = {};
  for (const key of ['username', 'password', 'identitytoken', 'registrytoken', 'serveraddress', 'email'] as const) {
    if (typeof rest[key] === 'string' && rest[key] !== '') out[key] = rest[key];
  }
  if (typeof auth === 'string' && auth !== '') {
    const decoded = Buffer.from(auth, 'base64').toString('utf8');
    const colon = decoded.indexOf(':');
    if (colon > 0) {
      out.username = decoded.slice(0, colon);
      out.password = decoded.slice(colon + 1);
    }
  }
  return out;
}

function stringMap(value: unknown): Record<string, string> {
  if (typeof value !== 'object' || value === null) return {};
  return Object.fromEntries(Object.entries(value).filter((e): e is [string, string] => typeof e[1] === 'string'));
}

/** Reads the config; a missing file is an empty config, an unreadable or invalid one an error naming it. */
export function loadDockerConfig(env: NodeJS.ProcessEnv, home?: string, locale?: string): DockerConfig {
  const path = join(dockerConfigDir(env, home), 'config.json');
  let text: string;
  try {
    text = readFileSync(path, 'utf8');
  } catch (err) {
    if ((err as { code?: string }).code === 'ENOENT')
      return { path, auths: {}, credsStore: undefined, credHelpers: {} };
    throw configError(path, (err as Error).message, err, locale);
  }
  let raw: { auths?: unknown; credsStore?: unknown; credHelpers?: unknown };
  try {
    raw = JSON.parse(text) as typeof raw;
  } catch (err) {
    throw configError(path, 'it is not valid JSON', err, locale);
  }
  const auths: Record<string, AuthConfig> = {};
  if (typeof raw.auths === 'object' && raw.auths !== null) {
    for (const [key, entry] of Object.entries(raw.auths as Record<string, unknown>)) {
      if (typeof entry === 'object' && entry !== null) auths[key] = decodeAuth(entry);
    }
  }
  const credsStore = typeof raw.credsStore === 'string' && raw.credsStore !== '' ? raw.credsStore : undefined;
  return { path, auths, credsStore, credHelpers: stringMap(raw.credHelpers) };
}

function configError(path: string, detail: string, cause: unknown, locale: string | undefined): EngineError {
  return new EngineError({
    kind: 'auth',
    id: 'dockerConfigInvalid',
    hintId: 'dockerConfigHint',
    params: { config: path, detail },
    locale,
    cause,
  });
}
