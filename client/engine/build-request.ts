// What `POST /build` sends: through a BuildKit session (the context synced file by file, registry credentials,
// secrets and SSH served on request), or as a tar body with every configured login in X-Registry-Config (the classic
// builder, Podman, engines without sessions). The choice is made here, once per build.
import { randomBytes } from 'node:crypto';
import { realpathSync } from 'node:fs';
import { basename, dirname, resolve } from 'node:path';
import { packContext } from '../context/pack';
import { resolveContext } from '../context/resolve';
import { checkContext } from '../context/walk';
import type { BuilderKind } from './build-events';
import type { EngineClient, Query } from './client';
import { EngineError, isEngineError } from './errors';
import type { MessageId } from './messages';
import { encodeAuthHeader, RegistryCredentials } from './registry/credentials';
import { contextDir, dockerfileDir } from './session/context-source';
import { SecretStore, type SecretSpec } from './session/secrets';
import { openSession, sharedKeyFor, type BuildSession } from './session/session';
import { SshAgents, type SshSpec } from './session/ssh';

export type PullPolicy = 'missing' | 'always' | 'never';

/** The build's inputs that decide how it is sent. */
export interface RequestInputs {
  /** A tar already packed (packContext): always sent as is. */
  context?: NodeJS.ReadableStream;
  dockerfile?: string;
  /** The context folder, when the build may choose how to send it. */
  contextDir?: string;
  /** Absolute, or relative to contextDir; defaults to its Dockerfile. */
  dockerfilePath?: string;
  secrets?: SecretSpec[];
  ssh?: SshSpec[];
  credentials?: RegistryCredentials;
  /** For secrets from variables, SSH_AUTH_SOCK and the docker config; defaults to process.env. */
  env?: NodeJS.ProcessEnv;
  signal?: AbortSignal;
}

export interface PreparedRequest {
  /** The `buildid` parameter: what `POST /build/cancel` names. */
  buildId: string;
  query: Query;
  headers: Record<string, string>;
  body?: NodeJS.ReadableStream;
  session?: BuildSession;
  /** Ends the session and its SSH agents, and stops packing. */
  close(): void;
}

function sessionNeeded(client: EngineClient, features: string, reason: string): EngineError {
  const params = { features, host: client.endpoint.host, reason };
  return new EngineError({
    kind: 'needs-buildkit',
    id: 'sessionNeeded',
    hintId: 'sessionNeededHint',
    params,
    locale: client.locale,
  });
}

function reasonText(id: MessageId, locale: string | undefined): string {
  return new EngineError({ kind: 'config', id, locale }).message;
}

/** Decides how the build is sent, opening the session when there is one to open. */
export async function prepareBuildRequest(
  client: EngineClient,
  inputs: RequestInputs,
  builder: BuilderKind,
): Promise<PreparedRequest> {
  const buildId = randomBytes(16).toString('hex');
  const needs = [inputs.secrets?.length ? '--secret' : '', inputs.ssh?.length ? '--ssh' : ''].filter(Boolean);
  const features = needs.join(', ');
  if (needs.length > 0 && builder !== 'buildkit') {
    const reason = client.isPodman ? 'reasonPodman' : 'reasonClassicChosen';
    throw sessionNeeded(client, features, reasonText(reason, client.locale));
  }
  if (builder === 'buildkit' && (inputs.contextDir !== undefined || needs.length > 0)) {
    const viaSession = await sessionRequest(client, inputs, buildId).catch((err: unknown) => {
      // No /session here (a 404 or 400): the tar path still builds, unless secrets or ssh need the session.
      if (needs.length > 0 || !isEngineError(err) || err.kind !== 'http') throw err;
      if (err.status !== undefined && err.status >= 500) throw err;
      return undefined;
    });
    if (viaSession) return viaSession;
    if (needs.length > 0) throw sessionNeeded(client, features, 'no /session');
  }
  return tarRequest(client, inputs, buildId);
}

async function sessionRequest(client: EngineClient, inputs: RequestInputs, buildId: string): Promise<PreparedRequest> {
  const env = inputs.env ?? process.env;
  const secrets = inputs.secrets?.length ? SecretStore.load(inputs.secrets, env, client.locale) : undefined;
  const ctx = inputs.contextDir === undefined ? undefined : resolveContext(inputs.contextDir, inputs.dockerfilePath);
  // As on the tar path: an unreadable file stops the build before the engine starts it, with a one-line message.
  if (ctx) await checkContext(ctx.root, ctx.matcher, inputs.signal ?? new AbortController().signal);
  const dockerfile = ctx && realpathSync(resolve(ctx.root, ctx.dockerfileRel));
  const ssh = inputs.ssh?.length ? await SshAgents.start(inputs.ssh, env, client.locale) : undefined;
  const credentials = inputs.credentials ?? new RegistryCredentials({ env, locale: client.locale });
  try {
    const session = await openSession(client, {
      name: ctx ? basename(ctx.root) : 'dockerfile-studio',
      sharedKey: sharedKeyFor(ctx?.root ?? dirname(dockerfile ?? '')),
      services: {
        ...(ctx && dockerfile
          ? {
              dirs: new Map([
                ['context', contextDir(ctx)],
                ['dockerfile', dockerfileDir(dockerfile)],
              ]),
            }
          : {}),
        auth: credentials,
        ...(secrets ? { secrets } : {}),
        ...(ssh ? { ssh } : {}),
      },
      ...(inputs.signal ? { signal: inputs.signal } : {}),
    });
    const query: Query = { session: session.id, buildid: buildId };
    if (dockerfile) Object.assign(query, { remote: 'client-session', dockerfile: basename(dockerfile) });
    return { buildId, query, headers: {}, session, close: () => session.close() };
  } catch (err) {
    ssh?.close();
    throw err;
  }
}

async function tarRequest(client: EngineClient, inputs: RequestInputs, buildId: string): Promise<PreparedRequest> {
  const credentials = inputs.credentials ?? new RegistryCredentials({ env: inputs.env, locale: client.locale });
  // As the docker CLI: a helper that fails leaves its logins out; the build says so if it needed one.
  const logins = await credentials.all().catch(() => ({}));
  const headers: Record<string, string> = { 'Content-Type': 'application/x-tar' };
  if (Object.keys(logins).length > 0) headers['X-Registry-Config'] = encodeAuthHeader(logins);
  if (inputs.context) {
    const query: Query = { buildid: buildId, dockerfile: inputs.dockerfile };
    return { buildId, query, headers, body: inputs.context, close: () => undefined };
  }
  if (inputs.contextDir === undefined) throw new Error('a build needs contextDir or context');
  const packed = packContext({
    contextDir: inputs.contextDir,
    ...(inputs.dockerfilePath ? { dockerfile: inputs.dockerfilePath } : {}),
    ...(inputs.signal ? { signal: inputs.signal } : {}),
  });
  packed.stream.on('error', () => undefined); // the request reports it
  const query: Query = { buildid: buildId, dockerfile: packed.dockerfileInContext };
  return { buildId, query, headers, body: packed.stream, close: () => packed.stream.destroy() };
}
