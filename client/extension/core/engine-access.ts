// The engine the extension talks to: found and connected lazily (the engine modules load on first use), with its state.
import type { EngineClient } from '../../engine/client';
import { loadEngine } from '../bundles';
import { errorText } from './error-text';

export type EngineState =
  | { kind: 'unknown' }
  | { kind: 'checking'; host?: string }
  | { kind: 'ready'; host: string; product: 'Docker' | 'Podman'; apiVersion: string }
  | { kind: 'unreachable'; host: string | undefined; message: string; hint: string | undefined };

export interface EngineAccessOptions {
  /** The `dockerfileStudio.engine.host` setting. */
  host: () => string | undefined;
  /** The `dockerfileStudio.engine.*Timeout` settings, in seconds. */
  timeouts?: () => { connectSeconds: number | undefined; responseSeconds: number | undefined };
  locale: string;
}

export class EngineAccess {
  private current: EngineState = { kind: 'unknown' };
  private client: Promise<EngineClient> | undefined;
  private readonly listeners = new Set<(state: EngineState) => void>();

  constructor(private readonly options: EngineAccessOptions) {}

  get state(): EngineState {
    return this.current;
  }

  onDidChange(listener: (state: EngineState) => void): { dispose(): void } {
    this.listeners.add(listener);
    return { dispose: () => this.listeners.delete(listener) };
  }

  /** A connected client; reuses the last one unless it failed. Throws an EngineError with user-facing text. */
  connect(signal?: AbortSignal): Promise<EngineClient> {
    this.client ??= this.open(signal);
    return this.client;
  }

  /** Forgets the cached client and connects again (the status item's click, a settings change). */
  async recheck(): Promise<EngineState> {
    this.forget();
    try {
      await this.connect();
    } catch {
      // The state already says why.
    }
    return this.current;
  }

  /** Call when a request failed because the engine went away, so the next use reconnects. */
  markUnreachable(error: unknown): void {
    this.forget();
    this.setState(this.unreachable(error, this.hostOf(this.current)));
  }

  private forget(): void {
    const previous = this.client;
    this.client = undefined;
    previous
      ?.then(
        (client) => client.close(),
        () => undefined,
      )
      .catch(() => undefined);
  }

  private async open(signal: AbortSignal | undefined): Promise<EngineClient> {
    let host: string | undefined;
    this.setState({ kind: 'checking' });
    try {
      const { resolveEngineEndpoint, EngineClient } = loadEngine();
      const endpoint = resolveEngineEndpoint({ host: this.options.host(), timeouts: this.options.timeouts?.() });
      host = endpoint.host;
      this.setState({ kind: 'checking', host });
      const client = await EngineClient.connect(endpoint, { signal, locale: this.options.locale });
      this.setState({
        kind: 'ready',
        host: endpoint.host,
        product: client.isPodman ? 'Podman' : 'Docker',
        apiVersion: client.apiVersion,
      });
      return client;
    } catch (error) {
      this.client = undefined;
      this.setState(this.unreachable(error, host));
      throw error;
    }
  }

  private unreachable(error: unknown, host: string | undefined): EngineState {
    const { message, hint } = errorText(error, this.options.locale, (detail) => detail);
    return { kind: 'unreachable', host, message, hint };
  }

  private hostOf(state: EngineState): string | undefined {
    return state.kind === 'unknown' ? undefined : state.host;
  }

  private setState(state: EngineState): void {
    this.current = state;
    for (const listener of this.listeners) listener(state);
  }
}
