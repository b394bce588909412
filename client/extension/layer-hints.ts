// ★ The seed's lesson on layers, in the editor: after a build, each instruction line says what its step did.
import * as vscode from 'vscode';
import { formatDuration, t } from './l10n';
import type { BuildOutcomes, LayerNote } from './build-outcomes';
import { dockerfileSelector } from './selectors';
import { stepOutcomeLabel } from './core/build-view';
import { resolveLocale } from '../../core/l10n';

export class LayerHints implements vscode.InlayHintsProvider {
  private readonly changed = new vscode.EventEmitter<void>();
  readonly onDidChangeInlayHints = this.changed.event;

  constructor(private readonly builds: BuildOutcomes) {
    builds.onDidChange(() => this.changed.fire());
  }

  provideInlayHints(document: vscode.TextDocument, range: vscode.Range): vscode.InlayHint[] {
    return this.builds
      .layers(document.uri)
      .filter(
        (note) =>
          note.startLine >= range.start.line && note.startLine <= range.end.line && note.startLine < document.lineCount,
      )
      .map((note) => hintFor(note, document.lineAt(note.startLine).range.end));
  }

  register(): vscode.Disposable {
    return vscode.Disposable.from(vscode.languages.registerInlayHintsProvider(dockerfileSelector, this), this.changed);
  }
}

/** The text a layer note shows, for the hint and the test API. */
export function layerLabel(note: LayerNote): string {
  return stepOutcomeLabel(note.step, note.builder, resolveLocale(vscode.env.language));
}

function hintFor(note: LayerNote, position: vscode.Position): vscode.InlayHint {
  const hint = new vscode.InlayHint(position, `⟵ ${layerLabel(note)}`);
  hint.paddingLeft = true;
  hint.tooltip = tooltipFor(note);
  return hint;
}

function tooltipFor(note: LayerNote): vscode.MarkdownString {
  const { step } = note;
  const lines = [`**${step.name}**`];
  if (step.imageId) lines.push(t('layerIntermediate', { id: step.imageId }));
  if (step.containerId) lines.push(t('layerContainer', { id: step.containerId }));
  lines.push(step.cached ? t('layerReused') : t('layerBuilt'));
  if (step.durationMs !== undefined) lines.push(t('layerTook', { duration: formatDuration(step.durationMs) }));
  return new vscode.MarkdownString(lines.join('\n\n'));
}
