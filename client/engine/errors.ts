// Typed engine errors whose text tells the user what is wrong and how to fix it (never a raw errno).
import type { Localized } from '../../core/l10n';
import { formatMessage, type MessageId } from './messages';

export type EngineErrorKind =
  | 'unreachable' // no engine answers at the address
  | 'permission' // the socket exists but we may not open it
  | 'tls' // certificates or handshake
  | 'config' // a bad DOCKER_HOST, context or setting
  | 'version' // API version out of range
  | 'http' // the engine answered with an error status
  | 'stream' // the connection broke mid-answer
  | 'timeout' // the engine did not answer in time
  | 'cancelled'
  | 'protocol' // an answer we cannot read
  | 'build' // a build reported failure
  | 'auth' // a registry refused us, or the credentials for it cannot be had
  | 'needs-buildkit'; // the Dockerfile needs a builder we cannot use

export interface EngineErrorInit {
  kind: EngineErrorKind;
  id: MessageId;
  params?: Record<string, string>;
  hintId?: MessageId;
  status?: number;
  /** The engine's own text, kept verbatim. */
  engineMessage?: string;
  locale?: string;
  cause?: unknown;
}

export class EngineError extends Error implements Localized {
  readonly kind: EngineErrorKind;
  readonly status: number | undefined;
  readonly hint: string | undefined;
  readonly engineMessage: string | undefined;
  readonly messageId: MessageId;

  constructor(private readonly init: EngineErrorInit) {
    super(formatMessage(init.id, init.params, init.locale), { cause: init.cause });
    this.name = 'EngineError';
    this.kind = init.kind;
    this.status = init.status;
    this.engineMessage = init.engineMessage;
    this.messageId = init.id;
    this.hint = init.hintId ? formatMessage(init.hintId, init.params, init.locale) : undefined;
  }

  /** The same error's text in another locale. */
  localized(locale: string): { message: string; hint: string | undefined } {
    const { id, hintId, params } = this.init;
    return {
      message: formatMessage(id, params, locale),
      hint: hintId ? formatMessage(hintId, params, locale) : undefined,
    };
  }
}

export function isEngineError(value: unknown): value is EngineError {
  return value instanceof EngineError;
}

export function cancelledError(locale?: string): EngineError {
  return new EngineError({ kind: 'cancelled', id: 'cancelled', locale });
}

const unreachableCodes = new Set([
  'ENOENT',
  'ECONNREFUSED',
  'ENOTFOUND',
  'EAI_AGAIN',
  'EHOSTUNREACH',
  'ENETUNREACH',
  'ETIMEDOUT',
  'ENOTSOCK',
]);
const permissionCodes = new Set(['EACCES', 'EPERM']);

/** The Node error code (`ECONNRESET`, `ERR_TLS_…`), or '' when there is none. */
export function errorCode(err: unknown): string {
  const code = (err as { code?: unknown } | null | undefined)?.code;
  return typeof code === 'string' ? code : '';
}

function isTlsError(err: unknown): boolean {
  const code = errorCode(err);
  const message = err instanceof Error ? err.message : '';
  return (
    /^(ERR_TLS|ERR_SSL|CERT_|UNABLE_TO_|DEPTH_ZERO|SELF_SIGNED|ERR_OSSL)/.test(code) ||
    /certificate|ssl|tls/i.test(message)
  );
}

function plainDetail(err: unknown): string {
  const message = err instanceof Error ? err.message : String(err);
  // Drop errno prefixes such as "connect ECONNRESET /path" down to something readable.
  return message.replace(/^(connect|read|write)\s+E[A-Z]+\s*/, '').trim() || 'connection closed';
}

/**
 * Maps a socket-level failure to a typed error. `connected` says whether the engine had already answered,
 * so that a broken connection reads as "lost" rather than "cannot reach".
 */
export function fromSocketError(
  err: unknown,
  host: string,
  locale: string | undefined,
  connected: boolean,
): EngineError {
  if (isEngineError(err)) return err;
  const code = errorCode(err);
  const params = { host, detail: plainDetail(err) };
  if (code === 'ABORT_ERR') return cancelledError(locale);
  if (!connected && permissionCodes.has(code)) {
    return new EngineError({
      kind: 'permission',
      id: 'permission',
      hintId: 'permissionHint',
      params,
      locale,
      cause: err,
    });
  }
  if (isTlsError(err))
    return new EngineError({ kind: 'tls', id: 'tls', hintId: 'tlsHint', params, locale, cause: err });
  const reset = code === 'ECONNRESET' || code === 'EPIPE';
  if (!connected && (unreachableCodes.has(code) || reset)) {
    return new EngineError({
      kind: 'unreachable',
      id: 'unreachable',
      hintId: 'unreachableHint',
      params,
      locale,
      cause: err,
    });
  }
  if (reset) params.detail = 'connection reset';
  return new EngineError({ kind: 'stream', id: 'streamLost', hintId: 'streamLostHint', params, locale, cause: err });
}

/**
 * An error status from the engine, carrying its `message` verbatim. When it has none (Podman's bare 500s), the message
 * says what was asked (`request`, e.g. `POST /containers/3f…/start`) and what the status likely means.
 */
export function fromHttpStatus(status: number, body: string, locale?: string, request = ''): EngineError {
  const engineMessage = extractEngineMessage(body);
  if (!engineMessage) {
    const id = bareStatusIds.find((known) => known === `httpBare${status}`) ?? 'httpBareOther';
    return new EngineError({ kind: 'http', id, params: { status: `HTTP ${status}`, request }, status, locale });
  }
  return new EngineError({
    kind: 'http',
    id: 'http',
    params: { status: String(status), detail: engineMessage },
    status,
    engineMessage,
    locale,
  });
}

const bareStatusIds = [
  'httpBare400',
  'httpBare401',
  'httpBare403',
  'httpBare404',
  'httpBare409',
  'httpBare500',
] as const satisfies readonly MessageId[];

/** `POST /containers/3f…/start`: the method and path of a request, without the API version or the query. */
export function describeRequest(method: string, path: string): string {
  const bare = (path.split('?')[0] ?? path).replace(/^\/v\d+\.\d+(?=\/)/, '');
  return `${method} ${bare.replace(/\b([0-9a-f]{12})[0-9a-f]{52}\b/g, '$1')}`;
}

function extractEngineMessage(body: string): string {
  try {
    const parsed = JSON.parse(body) as { message?: unknown; cause?: unknown };
    if (typeof parsed.message === 'string') return parsed.message;
    if (typeof parsed.cause === 'string') return parsed.cause;
  } catch {
    // Not JSON: the engine sometimes answers plain text.
  }
  return body.trim();
}
