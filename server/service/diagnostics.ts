// Findings as LSP diagnostics.
import { DiagnosticSeverity, type Diagnostic } from 'vscode-languageserver';
import { resolveLocale } from '../../core/l10n/index';
import { ruleDocsLink } from '../../core/rules/docs';
import type { Finding, ValidateOptions } from '../../core/rules/index';
import type { ParsedDocument } from './document';

export const DIAGNOSTIC_SOURCE = 'Dockerfile Studio';

export interface DiagnosticOptions extends ValidateOptions {
  /** The URL links to our rules reference resolve against (the package root); undefined leaves them relative. */
  docsRoot?: string;
}

const SEVERITIES: Record<Finding['severity'], DiagnosticSeverity> = {
  error: DiagnosticSeverity.Error,
  warning: DiagnosticSeverity.Warning,
  info: DiagnosticSeverity.Information,
  hint: DiagnosticSeverity.Hint,
};

/** The finding as a diagnostic; our rules' docs links point at the reference shipped beside the server. */
export function toDiagnostic(finding: Finding, locale?: string, docsRoot?: string): Diagnostic {
  const diagnostic: Diagnostic = {
    range: finding.range,
    severity: SEVERITIES[finding.severity],
    code: finding.code,
    source: DIAGNOSTIC_SOURCE,
    message: finding.message,
  };
  if (finding.url) diagnostic.codeDescription = { href: ruleDocsLink(finding.url, resolveLocale(locale), docsRoot) };
  return diagnostic;
}

export function getDiagnostics(document: ParsedDocument, options: DiagnosticOptions = {}): Diagnostic[] {
  return document.findings(options).map((finding) => toDiagnostic(finding, options.locale, options.docsRoot));
}
