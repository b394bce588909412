// Build secrets (`--secret id=NAME,src=FILE` or `id=NAME,env=VARIABLE`) served by the session's Secrets service.
// Values are read once, before the build, held in memory only, and never logged or shown.
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { EngineError } from '../errors';
import { GrpcCode, GrpcError, type GrpcServer } from './grpc';
import { decodeSecretRequest, encodeSecretResponse } from './proto';

export type SecretSource = { kind: 'file'; path: string } | { kind: 'env'; variable: string };

export interface SecretSpec {
  id: string;
  source: SecretSource;
}

/**
 * `id=NAME,src=FILE`, `id=NAME,env=VARIABLE`, `type=file|env` with `src`/`source`, and `id=NAME` alone (the variable
 * of that name), as buildx reads them. Undefined when the text is not such a spec. Relative files are from `cwd`.
 */
export function parseSecretSpec(text: string, cwd: string): SecretSpec | undefined {
  const fields = new Map<string, string>();
  for (const field of text.split(',')) {
    const eq = field.indexOf('=');
    if (eq <= 0) return undefined;
    const key = field.slice(0, eq).trim().toLowerCase();
    if (fields.has(key)) return undefined;
    fields.set(key, field.slice(eq + 1));
  }
  const id = fields.get('id');
  const type = fields.get('type');
  const src = fields.get('src') ?? fields.get('source');
  const env = fields.get('env');
  const known = new Set(['id', 'type', 'src', 'source', 'env']);
  if (!id || [...fields.keys()].some((k) => !known.has(k)) || (src !== undefined && env !== undefined))
    return undefined;
  if (type !== undefined && type !== 'file' && type !== 'env') return undefined;
  if (env !== undefined || type === 'env') return { id, source: { kind: 'env', variable: env ?? src ?? id } };
  return { id, source: src !== undefined ? { kind: 'file', path: resolve(cwd, src) } : { kind: 'env', variable: id } };
}

export class SecretStore {
  private constructor(private readonly values: ReadonlyMap<string, Buffer>) {}

  /** Reads every secret now, so that a missing file or variable stops the build before it starts. */
  static load(specs: readonly SecretSpec[], env: NodeJS.ProcessEnv, locale?: string): SecretStore {
    const values = new Map<string, Buffer>();
    for (const { id, source } of specs) values.set(id, readSecret(id, source, env, locale));
    return new SecretStore(values);
  }

  get(id: string): Buffer | undefined {
    return this.values.get(id);
  }

  get ids(): string[] {
    return [...this.values.keys()];
  }
}

function readSecret(id: string, source: SecretSource, env: NodeJS.ProcessEnv, locale?: string): Buffer {
  if (source.kind === 'env') {
    const value = env[source.variable];
    if (value === undefined) {
      const params = { id, variable: source.variable };
      throw new EngineError({ kind: 'config', id: 'secretEnvMissing', hintId: 'secretHint', params, locale });
    }
    return Buffer.from(value);
  }
  try {
    return readFileSync(source.path);
  } catch (err) {
    const params = { id, source: source.path, detail: (err as NodeJS.ErrnoException).code ?? 'unreadable' };
    throw new EngineError({ kind: 'config', id: 'secretUnreadable', hintId: 'secretHint', params, locale, cause: err });
  }
}

export function registerSecrets(server: GrpcServer, store: SecretStore): void {
  server.unary('/moby.buildkit.secrets.v1.Secrets/GetSecret', (request) => {
    const id = decodeSecretRequest(request);
    const value = store.get(id);
    if (!value) return Promise.reject(new GrpcError(GrpcCode.notFound, `secret ${id} not found`));
    return Promise.resolve(encodeSecretResponse(value));
  });
}
