// Reading the diagnostics that the language server publishes for a document.
import * as vscode from 'vscode';
import { waitFor } from './wait';

/** The rule id of a diagnostic: its `code`, or the code's `value` when the code links to docs. */
export function ruleOf(diagnostic: vscode.Diagnostic): string {
  const code = diagnostic.code;
  return String(typeof code === 'object' ? code.value : code);
}

export function summary(uri: vscode.Uri): string[] {
  return vscode.languages.getDiagnostics(uri).map((d) => `${d.range.start.line + 1}: ${ruleOf(d)} ${d.message}`);
}

/** Waits until `uri` has a diagnostic of `rule` (on `line`, 0-based, when given) and returns it. */
export function waitForDiagnostic(uri: vscode.Uri, rule: string, line?: number): Promise<vscode.Diagnostic> {
  return waitFor(
    `${rule}${line === undefined ? '' : ` on line ${line + 1}`} in ${uri.fsPath}`,
    () =>
      vscode.languages
        .getDiagnostics(uri)
        .find((d) => ruleOf(d) === rule && (line === undefined || d.range.start.line === line)),
    { describe: () => summary(uri) },
  );
}

/** Waits until `uri` has no diagnostic of `rule`. */
export function waitForNoDiagnostic(uri: vscode.Uri, rule: string): Promise<true> {
  return waitFor(
    `${rule} to go away in ${uri.fsPath}`,
    () => (vscode.languages.getDiagnostics(uri).some((d) => ruleOf(d) === rule) ? undefined : true),
    {
      describe: () => summary(uri),
    },
  );
}
