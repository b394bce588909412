// How long the client waits on an engine that does not answer: connecting (with its first answer, `_ping`), and the
// start of each later answer. Never a limit on how long a build or a run takes, nor on an answer that streams.
import { EngineError } from './errors';

export interface EngineTimeouts {
  /** Connecting and the whole `_ping` exchange, in ms; 0 waits for ever. */
  connectMs: number;
  /** Each later answer's headers, counted from the last byte sent; 0 waits for ever. */
  responseMs: number;
}

/** Like the docker CLI's 30 s dial (and ssh's ConnectTimeout it sets), and docker-compose's 60 s per request. */
export const DEFAULT_TIMEOUTS: EngineTimeouts = { connectMs: 30_000, responseMs: 60_000 };

/** The CLI's environment variables, in seconds; the extension's settings replace them. */
export const TIMEOUT_VARIABLES = {
  connectMs: 'DFS_ENGINE_CONNECT_TIMEOUT',
  responseMs: 'DFS_ENGINE_RESPONSE_TIMEOUT',
} as const;

export interface TimeoutSettings {
  connectSeconds?: number | undefined;
  responseSeconds?: number | undefined;
}

/** Explicit settings win over the environment, which wins over the defaults. */
export function resolveTimeouts(env: NodeJS.ProcessEnv, settings: TimeoutSettings = {}): EngineTimeouts {
  return {
    connectMs: pick(settings.connectSeconds, env, 'connectMs'),
    responseMs: pick(settings.responseSeconds, env, 'responseMs'),
  };
}

function pick(seconds: number | undefined, env: NodeJS.ProcessEnv, key: keyof EngineTimeouts): number {
  if (seconds !== undefined && Number.isFinite(seconds) && seconds >= 0) return Math.round(seconds * 1000);
  const name = TIMEOUT_VARIABLES[key];
  const value = env[name]?.trim();
  if (!value) return DEFAULT_TIMEOUTS[key];
  if (!/^\d+(\.\d+)?$/.test(value)) {
    throw new EngineError({
      kind: 'config',
      id: 'timeoutInvalid',
      hintId: 'timeoutInvalidHint',
      params: { name, value },
    });
  }
  return Math.round(Number(value) * 1000);
}

/** `1.5 s` as messages say it. */
export function secondsText(ms: number): string {
  return String(Math.round(ms / 100) / 10);
}
