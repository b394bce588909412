// Shows a build's events: every line into the panel, `Step N/M` in the progress notification.
import * as vscode from 'vscode';
import { t } from './l10n';
import type { BuildEvent } from '../engine/build-events';
import type { Panel } from './panel';

type Progress = vscode.Progress<{ message?: string; increment?: number }>;

export class BuildProgress {
  private readonly started = new Set<string>();

  constructor(
    private readonly panel: Panel,
    private readonly progress: Progress,
    private readonly plannedSteps: number,
  ) {}

  readonly onEvent = (event: BuildEvent): void => {
    switch (event.type) {
      case 'output':
        this.panel.line(event.text);
        break;
      case 'warning':
        this.panel.line(t('buildWarning', { text: event.text }));
        break;
      case 'malformed':
        this.panel.line(t('buildMalformed', { reason: event.reason }));
        break;
      case 'step-started':
        if (!event.step.internal && !this.started.has(event.step.id)) this.stepStarted(event.step.name);
        this.started.add(event.step.id);
        break;
      default:
        break;
    }
  };

  private stepStarted(name: string): void {
    const n = this.started.size + 1;
    const total = Math.max(this.plannedSteps, n);
    this.progress.report({
      message: t('buildStep', { step: n, total, name }),
      increment: 100 / Math.max(total, 1),
    });
  }
}
