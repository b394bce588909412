// Findings as LSP diagnostics.
import { DiagnosticSeverity, type Diagnostic } from 'vscode-languageserver';
import { resolveLocale } from '../../core/l10n/index';
import { ruleDocsLink } from '../../core/rules/docs';
import type { Finding, ValidateOptions } from '../../core/rules/index';
import type { ParsedDocument } from './document';
import type { Slicing } from './steps';
import { message, toLocale } from './messages';

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

/** At most this many findings go to the editor per document: a hostile file must not flood it with 100,000. */
export const MAX_DIAGNOSTICS = 1000;

export function getDiagnostics(document: ParsedDocument, options: DiagnosticOptions = {}): Diagnostic[] {
  return asDiagnostics(document.findings(options), options);
}

/** `getDiagnostics` a rule at a time, waiting between; undefined when `slicing.stale()` stopped it. */
export async function getDiagnosticsInSlices(
  document: ParsedDocument,
  options: DiagnosticOptions,
  slicing: Slicing,
): Promise<Diagnostic[] | undefined> {
  const findings = await document.findingsInSlices(options, slicing);
  return findings && asDiagnostics(findings, options);
}

function asDiagnostics(findings: Finding[], options: DiagnosticOptions): Diagnostic[] {
  const shown = findings.slice(0, MAX_DIAGNOSTICS).map((f) => toDiagnostic(f, options.locale, options.docsRoot));
  if (findings.length > MAX_DIAGNOSTICS) shown.push(moreProblems(findings.length - MAX_DIAGNOSTICS, options.locale));
  return shown;
}

/** One note at the top of the file saying how many findings were left out. */
function moreProblems(count: number, locale: string | undefined): Diagnostic {
  const data = { count: String(count), shown: String(MAX_DIAGNOSTICS) };
  return {
    range: { start: { line: 0, character: 0 }, end: { line: 0, character: 0 } },
    severity: DiagnosticSeverity.Information,
    source: DIAGNOSTIC_SOURCE,
    message: message(toLocale(locale), 'moreProblems', data),
  };
}
