// ★ A failed build step becomes an error on the instruction that failed, with the engine's message.
import * as vscode from 'vscode';
import type { BuildOutcomes } from './build-outcomes';

const buildDiagnosticSource = 'Dockerfile Studio build';

export function registerBuildDiagnostics(builds: BuildOutcomes): vscode.Disposable {
  const collection = vscode.languages.createDiagnosticCollection('dockerfile-studio-build');
  const subscription = builds.onDidChange((uri) => {
    const failure = builds.failure(uri);
    if (!failure) {
      collection.delete(uri);
      return;
    }
    const range = new vscode.Range(failure.startLine, 0, failure.endLine, Number.MAX_SAFE_INTEGER);
    const diagnostic = new vscode.Diagnostic(range, failure.message, vscode.DiagnosticSeverity.Error);
    diagnostic.source = buildDiagnosticSource;
    diagnostic.code = 'BuildStepFailed';
    collection.set(uri, [diagnostic]);
  });
  return vscode.Disposable.from(collection, subscription);
}
