// What `activate` returns: a read-only window on what the user sees, for the E2E suites.
import type { EngineState } from './core/engineAccess';
import type { Studio } from './studio';

export interface StudioApi {
  /** Everything written to the "Dockerfile Studio" panel (the last 4 MB). */
  outputText(): string;
  /** Resolves when the language server has started; rejects when it could not. */
  languageClientReady: Promise<void>;
  engineState(): EngineState;
  /** The engine status item's text as shown. */
  statusText(): string;
  /** Our own work in `activate`, in milliseconds. */
  activationMs: number;
}

export function createTestApi(
  studio: Studio,
  extra: { languageClientReady: Promise<void>; activationMs: number; statusText: () => string },
): StudioApi {
  return {
    outputText: () => studio.panel.text(),
    languageClientReady: extra.languageClientReady,
    engineState: () => studio.engine.state,
    statusText: extra.statusText,
    activationMs: extra.activationMs,
  };
}
