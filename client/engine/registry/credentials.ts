// Registry credentials the way the docker CLI finds them: a registry's own helper (`credHelpers`), else the default
// helper (`credsStore`), else the `auths` entry; one module for BuildKit sessions, the classic builder, pulls and runs.
// Helpers run as `docker-credential-<name> get|list`, spawned with arguments (no shell) and a time limit.
import { spawn } from 'node:child_process';
import type { CredentialSource } from '../session/auth-service';
import { EngineError } from '../errors';
import { loadDockerConfig, type AuthConfig, type DockerConfig } from './docker-config';
import { credentialKey, hostOfKey } from './reference';

/** Runs a helper with one action and its stdin; resolves with stdout, or rejects as the helper failed. */
export type HelperRunner = (helper: string, action: 'get' | 'list', input: string) => Promise<string>;

export interface RegistryCredentialsOptions {
  env?: NodeJS.ProcessEnv;
  home?: string;
  locale?: string;
  runHelper?: HelperRunner;
  /** How long a helper may take (it may be asking the user to unlock a keychain). Default 30 s. */
  helperTimeoutMs?: number;
}

class HelperError extends Error {
  constructor(
    readonly missing: boolean,
    detail: string,
  ) {
    super(detail);
  }
}

const MAX_OUTPUT = 1024 * 1024;

/** Spawns `docker-credential-<helper> <action>`, writing `input` to its stdin. */
export function spawnHelper(env: NodeJS.ProcessEnv, timeoutMs: number): HelperRunner {
  return (helper, action, input) =>
    new Promise((resolve, reject) => {
      if (/[/\\]/.test(helper) || helper === '') return reject(new HelperError(true, 'not a helper name'));
      const child = spawn(`docker-credential-${helper}`, [action], { env, timeout: timeoutMs, windowsHide: true });
      const out: Buffer[] = [];
      let size = 0;
      let stderr = '';
      child.stdout.on('data', (chunk: Buffer) => {
        size += chunk.length;
        if (size <= MAX_OUTPUT) out.push(chunk);
      });
      child.stderr.on('data', (chunk: Buffer) => (stderr = (stderr + chunk.toString('utf8')).slice(-500)));
      child.on('error', (err: NodeJS.ErrnoException) => reject(new HelperError(err.code === 'ENOENT', err.message)));
      child.on('close', (code, signal) => {
        const stdout = Buffer.concat(out).toString('utf8');
        if (code === 0) return resolve(stdout);
        const why = signal === 'SIGTERM' ? `no answer within ${timeoutMs / 1000} s` : (stderr || stdout).trim();
        reject(new HelperError(false, why.split('\n')[0]?.slice(0, 300) || `exit status ${code}`));
      });
      child.stdin.on('error', () => undefined); // a helper that exits without reading its input
      child.stdin.end(input);
    });
}

/** X-Registry-Auth and X-Registry-Config: JSON in base64url with padding, as the engine's Go decoder expects. */
export function encodeAuthHeader(value: object): string {
  return Buffer.from(JSON.stringify(value)).toString('base64').replace(/\+/g, '-').replace(/\//g, '_');
}

export class RegistryCredentials implements CredentialSource {
  private loaded: DockerConfig | undefined;
  private readonly cache = new Map<string, Promise<AuthConfig | undefined>>();
  private readonly runHelper: HelperRunner;

  constructor(private readonly opts: RegistryCredentialsOptions = {}) {
    this.runHelper = opts.runHelper ?? spawnHelper(opts.env ?? process.env, opts.helperTimeoutMs ?? 30000);
  }

  /** config.json's path, for messages. */
  get configPath(): string {
    return this.config().path;
  }

  /** The login for a registry host (`127.0.0.1:5000`, `docker.io`), or undefined when there is none. */
  forRegistry(host: string): Promise<AuthConfig | undefined> {
    const key = credentialKey(host);
    let found = this.cache.get(key);
    if (!found) {
      found = this.lookup(key);
      this.cache.set(key, found);
    }
    return found;
  }

  /** CredentialSource, for the session's Auth service: an identity token goes as the secret, with no username. */
  async credentials(host: string): Promise<{ username: string; secret: string }> {
    const auth = await this.forRegistry(host);
    if (auth?.identitytoken) return { username: '', secret: auth.identitytoken };
    return { username: auth?.username ?? '', secret: auth?.password ?? '' };
  }

  /** Every configured login, by its key (the classic builder's X-Registry-Config). */
  async all(): Promise<Record<string, AuthConfig>> {
    const config = this.config();
    const keys = new Set(Object.keys(config.auths));
    if (config.credsStore) {
      const listed = await this.run(config.credsStore, 'list', '', 'list').catch(() => undefined);
      for (const key of Object.keys(parseJson(listed ?? '{}'))) keys.add(key);
    }
    for (const key of Object.keys(config.credHelpers)) keys.add(key);
    const entries = await Promise.all([...keys].map(async (key) => [key, await this.lookup(key)] as const));
    return Object.fromEntries(entries.filter((e): e is [string, AuthConfig] => e[1] !== undefined));
  }

  private config(): DockerConfig {
    this.loaded ??= loadDockerConfig(this.opts.env ?? process.env, this.opts.home, this.opts.locale);
    return this.loaded;
  }

  private async lookup(key: string): Promise<AuthConfig | undefined> {
    const config = this.config();
    const host = hostOfKey(key);
    const helper = config.credHelpers[key] ?? config.credHelpers[host] ?? config.credsStore;
    const stored = config.auths[key] ?? Object.entries(config.auths).find(([k]) => hostOfKey(k) === host)?.[1];
    if (!helper) return stored && { ...stored, serveraddress: stored.serveraddress ?? key };
    const answer = await this.run(helper, 'get', key, host);
    if (answer === undefined) return undefined;
    const { Username, Secret } = parseJson(answer) as { Username?: string; Secret?: string };
    if (!Secret) return undefined;
    const login = Username === '<token>' ? { identitytoken: Secret } : { username: Username ?? '', password: Secret };
    return { ...login, serveraddress: key };
  }

  /** The helper's stdout; undefined when it has no credentials for this registry. */
  private async run(helper: string, action: 'get' | 'list', input: string, registry: string) {
    try {
      return await this.runHelper(helper, action, input);
    } catch (err) {
      const detail = err instanceof Error ? err.message : String(err);
      if (!(err instanceof HelperError) || !err.missing) {
        if (/credentials not found/i.test(detail)) return undefined;
        throw this.error('credentialHelperFailed', { helper, registry, detail }, err);
      }
      throw this.error('credentialHelperMissing', { helper }, err);
    }
  }

  private error(
    id: 'credentialHelperFailed' | 'credentialHelperMissing',
    params: Record<string, string>,
    cause: unknown,
  ) {
    return new EngineError({
      kind: 'auth',
      id,
      hintId: 'credentialHelperHint',
      params: { ...params, config: this.configPath },
      locale: this.opts.locale,
      cause,
    });
  }
}

function parseJson(text: string): Record<string, unknown> {
  try {
    const value: unknown = JSON.parse(text);
    return typeof value === 'object' && value !== null ? (value as Record<string, unknown>) : {};
  } catch {
    return {};
  }
}
