// What `activate` returns: a read-only window on what the user sees, for the E2E suites.
import type * as vscode from 'vscode';
import type { RunRecord } from './active-runs';
import type { BuildOutcome } from './build-outcomes';
import type { EngineState } from './core/engine-access';
import { layerLabel } from './layer-hints';
import type { ViewsApi } from './images/register';
import type { Studio } from './studio';
import type { Milestone } from './walkthrough/milestone-keys';

export interface LayerAnnotation {
  /** 0-based line of the instruction. */
  line: number;
  /** The hint's text, e.g. `layer 5172c7f19d8e · cached` or `cached` or `1.2s`. */
  label: string;
}

export interface StudioApi {
  /** Everything written to the "Dockerfile Studio" panel (the last 4 MB). */
  outputText(): string;
  /** Everything written to the raw build log (the last 4 MB). */
  rawBuildLog(): string;
  /** The last build of any Dockerfile, or of this one. */
  lastBuild(dockerfile?: vscode.Uri): BuildOutcome | undefined;
  /** The layer annotations shown on a Dockerfile's lines now. */
  layerAnnotations(dockerfile: vscode.Uri): LayerAnnotation[];
  /** Finished runs, oldest first. */
  runs(): readonly RunRecord[];
  /** Resolves when the language server has started; rejects when it could not. */
  languageClientReady: Promise<void>;
  engineState(): EngineState;
  /** The engine status item's text as shown. */
  statusText(): string;
  /** Our own work in `activate`, in milliseconds. */
  activationMs: number;
  /** The Images and Containers views' nodes and items. */
  views: ViewsApi;
  /** The walkthrough milestones reached in this window. */
  milestones(): Milestone[];
}

export function createTestApi(
  studio: Studio,
  extra: { languageClientReady: Promise<void>; activationMs: number; statusText: () => string; views: ViewsApi },
): StudioApi {
  return {
    outputText: () => studio.panel.text(),
    rawBuildLog: () => studio.rawLog.text(),
    lastBuild: (dockerfile) => (dockerfile ? studio.builds.outcome(dockerfile) : studio.builds.last()),
    layerAnnotations: (dockerfile) =>
      studio.builds.layers(dockerfile).map((note) => ({ line: note.startLine, label: layerLabel(note) })),
    runs: () => studio.runs.history(),
    languageClientReady: extra.languageClientReady,
    engineState: () => studio.engine.state,
    statusText: extra.statusText,
    activationMs: extra.activationMs,
    views: extra.views,
    milestones: () => studio.milestones.list(),
  };
}
