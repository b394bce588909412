// Findings as LSP diagnostics.
import { DiagnosticSeverity, type Diagnostic } from 'vscode-languageserver';
import { resolveLocale } from '../../core/l10n/index';
import { openableDocsUrl } from '../../core/node/docs-location';
import type { Finding, ValidateOptions } from '../../core/rules/index';
import type { ParsedDocument } from './document';

export const DIAGNOSTIC_SOURCE = 'Dockerfile Studio';

const SEVERITIES: Record<Finding['severity'], DiagnosticSeverity> = {
  error: DiagnosticSeverity.Error,
  warning: DiagnosticSeverity.Warning,
  info: DiagnosticSeverity.Information,
  hint: DiagnosticSeverity.Hint,
};

/** Docs links by locale and link, each resolved on disk once (a few hundred: rules and ShellCheck codes). */
const docsLinks = new Map<string, string>();
const MAX_DOCS_LINKS = 2_000;

function docsLink(url: string, locale: string | undefined): string {
  const key = `${locale ?? ''} ${url}`;
  let link = docsLinks.get(key);
  if (link === undefined) {
    link = openableDocsUrl(url, resolveLocale(locale));
    if (docsLinks.size >= MAX_DOCS_LINKS) docsLinks.clear();
    docsLinks.set(key, link);
  }
  return link;
}

/** The finding as a diagnostic; our rules' docs links point at the reference shipped beside the server. */
export function toDiagnostic(finding: Finding, locale?: string): Diagnostic {
  const diagnostic: Diagnostic = {
    range: finding.range,
    severity: SEVERITIES[finding.severity],
    code: finding.code,
    source: DIAGNOSTIC_SOURCE,
    message: finding.message,
  };
  if (finding.url) diagnostic.codeDescription = { href: docsLink(finding.url, locale) };
  return diagnostic;
}

export function getDiagnostics(document: ParsedDocument, options: ValidateOptions = {}): Diagnostic[] {
  return document.findings(options).map((finding) => toDiagnostic(finding, options.locale));
}
