// Finds the engine to talk to, the way the docker CLI does: explicit host > DOCKER_HOST > docker context > defaults.
import { createHash } from 'node:crypto';
import { existsSync, readFileSync } from 'node:fs';
import { homedir } from 'node:os';
import { join } from 'node:path';
import { EngineError } from './errors';
import { redactCredentials } from './redact';
import { resolveTimeouts, type EngineTimeouts, type TimeoutSettings } from './timeouts';

export type EngineTransportKind = 'unix' | 'npipe' | 'tcp' | 'ssh';

export interface EngineTls {
  /** Verify the server certificate against `ca` (DOCKER_TLS_VERIFY; a context's !SkipTLSVerify). */
  verify: boolean;
  caFile?: string;
  certFile?: string;
  keyFile?: string;
}

export interface EngineEndpoint {
  /** The address as the user would write it, e.g. `unix:///var/run/docker.sock`, credentials hidden. For messages. */
  host: string;
  kind: EngineTransportKind;
  /** unix and npipe: the socket or pipe path as Node's `net` expects it. */
  socketPath?: string;
  /** tcp and ssh. */
  hostname?: string;
  port?: number;
  /** tcp only; undefined means plain HTTP. */
  tls?: EngineTls;
  /** ssh only. */
  sshUser?: string;
  /** Where the address came from. */
  source: 'option' | 'DOCKER_HOST' | 'context' | 'default' | 'podman';
  contextName?: string;
  /** How long to wait for an engine that does not answer; the defaults when absent. */
  timeouts?: EngineTimeouts;
}

export interface ResolveOptions {
  /** An explicit host (the machine-scoped setting); wins over everything. */
  host?: string;
  env?: NodeJS.ProcessEnv;
  home?: string;
  platform?: NodeJS.Platform;
  /** Injected for tests; defaults to fs.existsSync. */
  exists?: (path: string) => boolean;
  /** The extension's settings; else DFS_ENGINE_CONNECT_TIMEOUT and DFS_ENGINE_RESPONSE_TIMEOUT, else the defaults. */
  timeouts?: TimeoutSettings;
}

const unixDefault = '/var/run/docker.sock';
const npipeDefault = 'npipe:////./pipe/docker_engine';

export function resolveEngineEndpoint(opts: ResolveOptions = {}): EngineEndpoint {
  const env = opts.env ?? process.env;
  return { ...findEndpoint(opts, env), timeouts: resolveTimeouts(env, opts.timeouts) };
}

function findEndpoint(opts: ResolveOptions, env: NodeJS.ProcessEnv): EngineEndpoint {
  const home = opts.home ?? env.HOME ?? homedir();
  const explicit = opts.host?.trim();
  if (explicit) return parseEngineHost(explicit, { source: 'option', env, home });
  const dockerHost = env.DOCKER_HOST?.trim();
  if (dockerHost) return parseEngineHost(dockerHost, { source: 'DOCKER_HOST', env, home });
  const fromContext = resolveContext(env, home);
  if (fromContext) return fromContext;
  return defaultEndpoint(env, home, opts.platform ?? process.platform, opts.exists ?? existsSync);
}

function defaultEndpoint(
  env: NodeJS.ProcessEnv,
  home: string,
  platform: NodeJS.Platform,
  exists: (p: string) => boolean,
): EngineEndpoint {
  if (platform === 'win32') return parseEngineHost(npipeDefault, { source: 'default', env, home });
  const desktop = join(home, '.docker', 'run', 'docker.sock');
  const candidates: [string, EngineEndpoint['source']][] = [
    [unixDefault, 'default'],
    [desktop, 'default'],
    ['/run/podman/podman.sock', 'podman'],
  ];
  if (env.XDG_RUNTIME_DIR) candidates.push([join(env.XDG_RUNTIME_DIR, 'podman', 'podman.sock'), 'podman']);
  const found = candidates.find(([path]) => exists(path));
  const [path, source] = found ?? [unixDefault, 'default'];
  return { host: `unix://${path}`, kind: 'unix', socketPath: path, source };
}

interface ParseContext {
  source: EngineEndpoint['source'];
  env: NodeJS.ProcessEnv;
  home: string;
  contextName?: string;
  /** TLS settings from a docker context, replacing DOCKER_TLS_VERIFY/DOCKER_CERT_PATH. */
  contextTls?: EngineTls;
}

function invalidHost(host: string): EngineError {
  return new EngineError({
    kind: 'config',
    id: 'hostInvalid',
    hintId: 'hostHint',
    params: { host: redactCredentials(host) },
  });
}

/** Parses `unix://`, `tcp://`, `npipe://`, `ssh://` (and `http(s)://`) addresses. */
function parseEngineHost(host: string, ctx: ParseContext): EngineEndpoint {
  const base = {
    host: redactCredentials(host),
    source: ctx.source,
    ...(ctx.contextName ? { contextName: ctx.contextName } : {}),
  };
  const scheme = /^([a-z]+):\/\//i.exec(host)?.[1]?.toLowerCase();
  const rest = scheme ? host.slice(scheme.length + 3) : '';
  switch (scheme) {
    case 'unix':
      if (!rest) throw invalidHost(host);
      return { ...base, kind: 'unix', socketPath: rest };
    case 'npipe':
      if (!rest) throw invalidHost(host);
      return { ...base, kind: 'npipe', socketPath: rest.replace(/\//g, '\\') };
    case 'tcp':
    case 'http':
    case 'https':
      return { ...base, ...tcpEndpoint(host, scheme, ctx) };
    case 'ssh':
      return { ...base, ...sshEndpoint(host) };
    default:
      throw invalidHost(host);
  }
}

function tcpEndpoint(
  host: string,
  scheme: string,
  ctx: ParseContext,
): Pick<EngineEndpoint, 'kind' | 'hostname' | 'port' | 'tls'> {
  const tls = scheme === 'http' ? undefined : (ctx.contextTls ?? tlsFromEnv(ctx.env, ctx.home, scheme === 'https'));
  const url = parseUrl(host.replace(/^[a-z]+:/i, 'http:'), host);
  const port = url.port ? Number(url.port) : tls ? 2376 : 2375;
  return { kind: 'tcp', hostname: url.hostname.replace(/^\[|\]$/g, ''), port, ...(tls ? { tls } : {}) };
}

function sshEndpoint(host: string): Pick<EngineEndpoint, 'kind' | 'hostname' | 'port' | 'sshUser'> {
  const url = parseUrl(host, host);
  if (url.pathname && url.pathname !== '/') throw invalidHost(host);
  return {
    kind: 'ssh',
    hostname: url.hostname,
    ...(url.port ? { port: Number(url.port) } : {}),
    ...(url.username ? { sshUser: decodeURIComponent(url.username) } : {}),
  };
}

function parseUrl(text: string, host: string): URL {
  try {
    const url = new URL(text);
    if (!url.hostname) throw invalidHost(host);
    return url;
  } catch {
    throw invalidHost(host);
  }
}

/** DOCKER_TLS_VERIFY (any non-empty value) turns on verification; DOCKER_TLS turns on TLS without it. */
function tlsFromEnv(env: NodeJS.ProcessEnv, home: string, forced: boolean): EngineTls | undefined {
  const verify = Boolean(env.DOCKER_TLS_VERIFY);
  if (!verify && !env.DOCKER_TLS && !forced) return undefined;
  return tlsFiles(env.DOCKER_CERT_PATH || join(home, '.docker'), verify);
}

function tlsFiles(dir: string, verify: boolean): EngineTls {
  return { verify, caFile: join(dir, 'ca.pem'), certFile: join(dir, 'cert.pem'), keyFile: join(dir, 'key.pem') };
}

function dockerConfigDir(env: NodeJS.ProcessEnv, home: string): string {
  return env.DOCKER_CONFIG || join(home, '.docker');
}

function currentContextName(env: NodeJS.ProcessEnv, home: string): string | undefined {
  if (env.DOCKER_CONTEXT) return env.DOCKER_CONTEXT;
  const configPath = join(dockerConfigDir(env, home), 'config.json');
  if (!existsSync(configPath)) return undefined;
  try {
    const config = JSON.parse(readFileSync(configPath, 'utf8')) as { currentContext?: unknown };
    return typeof config.currentContext === 'string' && config.currentContext ? config.currentContext : undefined;
  } catch {
    return undefined; // the docker CLI also proceeds with the default context when config.json is unreadable
  }
}

interface ContextMeta {
  Endpoints?: { docker?: { Host?: unknown; SkipTLSVerify?: unknown } };
}

function resolveContext(env: NodeJS.ProcessEnv, home: string): EngineEndpoint | undefined {
  const name = currentContextName(env, home);
  if (!name || name === 'default') return undefined;
  const configDir = dockerConfigDir(env, home);
  const digest = createHash('sha256').update(name).digest('hex');
  const metaPath = join(configDir, 'contexts', 'meta', digest, 'meta.json');
  let meta: ContextMeta;
  try {
    meta = JSON.parse(readFileSync(metaPath, 'utf8')) as ContextMeta;
  } catch (err) {
    const detail =
      (err as { code?: string }).code === 'ENOENT' ? `${metaPath} does not exist` : `${metaPath} is not valid JSON`;
    throw new EngineError({ kind: 'config', id: 'contextInvalid', hintId: 'contextHint', params: { name, detail } });
  }
  const docker = meta.Endpoints?.docker;
  if (typeof docker?.Host !== 'string' || !docker.Host) {
    throw new EngineError({
      kind: 'config',
      id: 'contextInvalid',
      hintId: 'contextHint',
      params: { name, detail: 'it has no docker endpoint' },
    });
  }
  const tlsDir = join(configDir, 'contexts', 'tls', digest, 'docker');
  const contextTls = existsSync(tlsDir) ? contextTlsFiles(tlsDir, docker.SkipTLSVerify !== true) : undefined;
  return parseEngineHost(docker.Host, {
    source: 'context',
    env,
    home,
    contextName: name,
    ...(contextTls ? { contextTls } : {}),
  });
}

function contextTlsFiles(dir: string, verify: boolean): EngineTls {
  const all = tlsFiles(dir, verify);
  const present = (file: string | undefined): string | undefined => (file && existsSync(file) ? file : undefined);
  const tls: EngineTls = { verify };
  const ca = present(all.caFile),
    cert = present(all.certFile),
    key = present(all.keyFile);
  if (ca) tls.caFile = ca;
  if (cert) tls.certFile = cert;
  if (key) tls.keyFile = key;
  return tls;
}
