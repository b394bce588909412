// Shows a build's events: the steps folded for reading in the panel, every engine line in the raw build log, and
// the running step with its timer in the progress notification.
import * as vscode from 'vscode';
import { formatDuration, t } from './l10n';
import { resolveLocale } from '../../core/l10n';
import type { BuildEvent, BuilderKind } from '../engine/build-events';
import { BuildStepView, type PlannedStep } from './core/build-view';
import type { Panel } from './panel';

type Progress = vscode.Progress<{ message?: string; increment?: number }>;

const tickMs = 1000;

export class BuildProgress implements vscode.Disposable {
  readonly view: BuildStepView;
  private readonly timer: NodeJS.Timeout;
  private shownMessage = '';
  /** Steps finished so far, each once: the notification's bar moves by one planned step for each. */
  private readonly finished = new Set<string>();
  private readonly total: number;

  constructor(
    panel: Panel,
    private readonly raw: Panel,
    private readonly progress: Progress,
    planned: readonly PlannedStep[],
    readonly builder: BuilderKind,
  ) {
    this.view = new BuildStepView(planned, builder, resolveLocale(vscode.env.language), (line) => panel.line(line));
    this.total = Math.max(planned.length, 1);
    this.timer = setInterval(() => this.report(), tickMs);
  }

  readonly onEvent = (event: BuildEvent): void => {
    if (event.type === 'output') this.raw.line(event.text);
    else if (event.type === 'malformed') this.raw.line(t('buildMalformed', { reason: event.reason }));
    this.view.handle(event);
    if (event.type === 'step-finished' && !event.step.internal && !this.finished.has(event.step.id)) {
      this.finished.add(event.step.id);
      this.progress.report({ increment: 100 / this.total });
    }
    if (event.type === 'step-started' || event.type === 'step-finished') this.report();
  };

  /** "Step 3/4: RUN make · 12s" while a step runs. */
  private report(): void {
    const running = this.view.running();
    if (!running) return;
    const message = `${running.heading} · ${formatDuration(Date.now() - running.startedAt)}`;
    if (message === this.shownMessage) return;
    this.shownMessage = message;
    this.progress.report({ message });
  }

  dispose(): void {
    clearInterval(this.timer);
    this.view.flush();
  }
}
