// Findings as LSP diagnostics.
import { DiagnosticSeverity, type Diagnostic } from 'vscode-languageserver';
import type { Finding, ValidateOptions } from '../../core/rules/index';
import type { ParsedDocument } from './document';

export const DIAGNOSTIC_SOURCE = 'Dockerfile Studio';

const SEVERITIES: Record<Finding['severity'], DiagnosticSeverity> = {
  error: DiagnosticSeverity.Error,
  warning: DiagnosticSeverity.Warning,
  info: DiagnosticSeverity.Information,
  hint: DiagnosticSeverity.Hint,
};

export function toDiagnostic(finding: Finding): Diagnostic {
  const diagnostic: Diagnostic = {
    range: finding.range,
    severity: SEVERITIES[finding.severity],
    code: finding.code,
    source: DIAGNOSTIC_SOURCE,
    message: finding.message,
  };
  if (finding.url) diagnostic.codeDescription = { href: finding.url };
  return diagnostic;
}

export function getDiagnostics(document: ParsedDocument, options: ValidateOptions = {}): Diagnostic[] {
  return document.findings(options).map(toDiagnostic);
}
