// Stops the run of a Dockerfile's image (the Stop lens), or every run (the command palette).
import * as vscode from 'vscode';
import { t } from '../l10n';
import type { Studio } from '../studio';

export const stopRun =
  (studio: Studio) =>
  (dockerfile?: unknown): boolean => {
    const stopped = studio.runs.stop(dockerfile instanceof vscode.Uri ? dockerfile : undefined);
    if (!stopped) void vscode.window.showInformationMessage(t('nothingRunning'));
    return stopped;
  };
