// The code lenses: "Build Image" on the first FROM, "▶ Run Image" / "Build & Run" / "Stop" on the final CMD or ENTRYPOINT.
import * as vscode from 'vscode';
import { t } from './l10n';
import type { ActiveRuns } from './active-runs';
import type { BuildOutcomes } from './build-outcomes';
import { buildLensLine, runLensLine } from './core/dockerfile-facts';
import { changedSinceBuild } from './core/fingerprint';
import { planLenses, type PlannedLens } from './core/lens-plan';
import { astOf } from './dockerfile-asts';
import { dockerfileSelector } from './selectors';
import type { DockerfileMemory } from './memory';
import { imageLabel } from './studio-documents';

export class StudioLenses implements vscode.CodeLensProvider {
  private readonly changed = new vscode.EventEmitter<void>();
  readonly onDidChangeCodeLenses = this.changed.event;

  constructor(
    private readonly memory: DockerfileMemory,
    builds: BuildOutcomes,
    private readonly runs: ActiveRuns,
  ) {
    builds.onDidChange(() => this.changed.fire());
    runs.onDidChange(() => this.changed.fire());
  }

  provideCodeLenses(document: vscode.TextDocument): vscode.CodeLens[] {
    const ast = astOf(document);
    const built = this.memory.builtImage(document.uri);
    const plan = planLenses({
      buildLine: buildLensLine(ast),
      runLine: runLensLine(ast),
      builtImage: built ? imageLabel(built) : undefined,
      changedSinceBuild: changedSinceBuild(document.getText(), built?.fingerprint),
      running: this.runs.isRunning(document.uri),
      trusted: vscode.workspace.isTrusted,
    });
    return plan.map((lens) => new vscode.CodeLens(document.lineAt(lens.line).range, commandFor(lens, document.uri)));
  }

  register(): vscode.Disposable {
    return vscode.Disposable.from(
      vscode.languages.registerCodeLensProvider(dockerfileSelector, this),
      vscode.workspace.onDidGrantWorkspaceTrust(() => this.changed.fire()),
      this.changed,
    );
  }
}

function commandFor(lens: PlannedLens, uri: vscode.Uri): vscode.Command {
  switch (lens.kind) {
    case 'build':
      return { title: t('lensBuild'), command: 'dockerfileStudio.buildImage', arguments: [uri] };
    case 'run':
      return {
        title: t('lensRun', { image: lens.image ?? '' }),
        command: 'dockerfileStudio.runImage',
        arguments: [uri],
      };
    case 'buildAndRun':
      return {
        title: t('lensBuildAndRun'),
        command: 'dockerfileStudio.runImage',
        arguments: [uri],
        tooltip: t('lensBuildAndRunTooltip'),
      };
    case 'stop':
      return {
        title: t('lensStop', { image: lens.image ?? '' }),
        command: 'dockerfileStudio.stopRun',
        arguments: [uri],
      };
    case 'runWithOptions':
      return { title: t('lensRunWithOptions'), command: 'dockerfileStudio.runImageWithOptions', arguments: [uri] };
    case 'runInteractive':
      return { title: t('lensRunInteractive'), command: 'dockerfileStudio.runInteractive', arguments: [uri] };
    // In an untrusted folder the commands explain why they do nothing and offer to manage trust.
    case 'buildUntrusted':
      return { title: t('lensBuildUntrusted'), command: 'dockerfileStudio.buildImage', arguments: [uri] };
    case 'runUntrusted':
      return { title: t('lensRunUntrusted'), command: 'dockerfileStudio.runImage', arguments: [uri] };
  }
}
