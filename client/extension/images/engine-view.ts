// What the Images and Containers views share: asking the engine without hammering one that is gone, the status
// item's "no engine" guidance when it cannot be reached, and refreshing after builds, runs and engine changes.
import * as vscode from 'vscode';
import { t } from '../l10n';
import type { EngineClient } from '../../engine/client';
import { errorText } from '../core/error-text';
import type { EngineState } from '../core/engine-access';
import type { Studio } from '../studio';
import type { MessageNode } from './view-nodes';

/** The engine's client, or the nodes to show instead: the "no engine" guidance, or why the engine failed. */
export async function engineOrGuidance(studio: Studio): Promise<EngineClient | MessageNode[]> {
  // A gone engine is asked again only when the user says so (Check again), not on every refresh.
  if (studio.engine.state.kind === 'unreachable') return noEngine(studio.engine.state);
  try {
    return await studio.engine.connect();
  } catch {
    const state = currentState(studio); // connect() changed it
    return state.kind === 'unreachable' ? noEngine(state) : [];
  }
}

function currentState(studio: Studio): EngineState {
  return studio.engine.state;
}

/** The status item's guidance: what is wrong and how to fix it, as view items. */
export function noEngine(state: Extract<EngineState, { kind: 'unreachable' }>): MessageNode[] {
  const tooltip = [state.message, state.hint, t('statusNoneTooltip')].filter(Boolean).join('\n\n');
  const howToFix = { command: 'dockerfileStudio.howToFixEngine', title: t('howToFix') };
  const check = { command: 'dockerfileStudio.checkEngine', title: t('viewCheckAgain') };
  return [
    { kind: 'message', label: t('statusNone'), description: state.message, tooltip, icon: 'vm-outline' },
    { kind: 'message', label: t('howToFix'), icon: 'question', command: howToFix },
    { kind: 'message', label: t('viewCheckAgain'), icon: 'refresh', command: check },
  ];
}

/** A failed request, as one item (an engine that went away also updates the status item). */
export function failureNode(studio: Studio, error: unknown): MessageNode {
  const text = errorText(error, vscode.env.language, (detail) => detail);
  if (['unreachable', 'permission', 'stream'].includes(text.kind ?? '')) studio.engine.markUnreachable(error);
  const tooltip = [text.message, text.hint].filter(Boolean).join('\n\n');
  return { kind: 'message', label: t('viewListFailed', { detail: text.message }), tooltip, icon: 'warning' };
}

/** Refreshes coming close together are one. */
const DELAY_MS = 250;

/** Refreshes a view when its sources fire, or the engine comes or goes. */
export class Refresher<T> implements vscode.Disposable {
  private readonly changed = new vscode.EventEmitter<T | undefined>();
  readonly onDidChange = this.changed.event;
  private timer: NodeJS.Timeout | undefined;
  private later: NodeJS.Timeout | undefined;
  private lastKind: EngineState['kind'] | undefined;
  private readonly subscriptions: { dispose(): void }[] = [];

  /** `againMs`: look once more that long after a source fired (a run's container exists only once it started). */
  constructor(
    studio: Studio,
    sources: vscode.Event<unknown>[],
    private readonly againMs?: number,
  ) {
    this.subscriptions.push(...sources.map((source) => source(() => this.fired())));
    this.subscriptions.push(studio.engine.onDidChange((state) => this.engineChanged(state)));
  }

  soon(): void {
    clearTimeout(this.timer);
    this.timer = setTimeout(() => this.changed.fire(undefined), DELAY_MS);
  }

  private fired(): void {
    this.soon();
    if (this.againMs === undefined) return;
    clearTimeout(this.later);
    this.later = setTimeout(() => this.soon(), this.againMs);
  }

  /** Only a change between answering and not answering matters; `checking` comes and goes. */
  private engineChanged(state: EngineState): void {
    if (state.kind !== 'ready' && state.kind !== 'unreachable') return;
    if (state.kind !== this.lastKind) this.soon();
    this.lastKind = state.kind;
  }

  dispose(): void {
    clearTimeout(this.timer);
    clearTimeout(this.later);
    this.subscriptions.forEach((subscription) => subscription.dispose());
    this.changed.dispose();
  }
}
