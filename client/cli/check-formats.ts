// The outputs of `dockerfile-studio check`: compiler-style text, JSON, SARIF 2.1.0 and GitHub workflow annotations.
import { translate, type Locale } from '../../core/l10n';
import { openableDocsUrl } from '../../core/node/docs-location';
import { rules } from '../../core/rules';
import type { Finding, Rule } from '../../core/rules';

/** A finding located in a file, 1-based; the end column is exclusive. */
export interface FileFinding {
  file: string;
  line: number;
  column: number;
  endLine: number;
  endColumn: number;
  severity: Finding['severity'];
  code: string;
  message: string;
}

export function located(file: string, finding: Finding): FileFinding {
  const { start, end } = finding.range;
  return {
    file,
    line: start.line + 1,
    column: start.character + 1,
    endLine: end.line + 1,
    endColumn: end.character + 1,
    severity: finding.severity,
    code: finding.code,
    message: finding.message,
  };
}

export function textLines(findings: readonly FileFinding[]): string[] {
  return findings.map((f) => `${f.file}:${f.line}:${f.column}: ${f.severity} ${f.code}: ${f.message}`);
}

const SARIF_LEVELS: Record<Finding['severity'], string> = {
  error: 'error',
  warning: 'warning',
  info: 'note',
  hint: 'note',
};

/** One SARIF 2.1.0 log with one run: every rule in the driver, every finding as a result. */
export function sarifLog(findings: readonly FileFinding[], locale: Locale): object {
  const index = new Map(rules.map((rule, i) => [rule.id, i]));
  return {
    $schema: 'https://json.schemastore.org/sarif-2.1.0.json',
    version: '2.1.0',
    runs: [
      {
        tool: { driver: { name: 'Dockerfile Studio', rules: rules.map((rule) => sarifRule(rule, locale)) } },
        columnKind: 'utf16CodeUnits',
        results: findings.map((f) => ({
          ruleId: f.code,
          ...(index.has(f.code) ? { ruleIndex: index.get(f.code) } : {}),
          level: SARIF_LEVELS[f.severity],
          message: { text: f.message },
          locations: [
            {
              physicalLocation: {
                artifactLocation: { uri: encodeURI(f.file.replaceAll('\\', '/')) },
                region: { startLine: f.line, startColumn: f.column, endLine: f.endLine, endColumn: f.endColumn },
              },
            },
          ],
        })),
      },
    ],
  };
}

function sarifRule(rule: Rule, locale: Locale): object {
  const level = rule.experimental ? 'none' : SARIF_LEVELS[rule.defaultSeverity];
  return {
    id: rule.id,
    shortDescription: { text: translate(rule.messages, locale, 'summary') },
    helpUri: openableDocsUrl(rule.url, locale),
    defaultConfiguration: { level, enabled: !rule.experimental },
    properties: { buildKitCheck: rule.buildCheck },
  };
}

const GITHUB_COMMANDS: Record<Finding['severity'], string> = {
  error: 'error',
  warning: 'warning',
  info: 'notice',
  hint: 'notice',
};

/** `::warning file=…,line=…,col=…,endLine=…,endColumn=…,title=Code::message`, escaped as the runner expects. */
export function githubLines(findings: readonly FileFinding[]): string[] {
  return findings.map((f) => {
    const properties = [
      `file=${escapeProperty(f.file)}`,
      `line=${f.line}`,
      `col=${f.column}`,
      `endLine=${f.endLine}`,
      `endColumn=${f.endColumn}`,
      `title=${escapeProperty(f.code)}`,
    ];
    return `::${GITHUB_COMMANDS[f.severity]} ${properties.join(',')}::${escapeData(f.message)}`;
  });
}

function escapeData(text: string): string {
  return text.replaceAll('%', '%25').replaceAll('\r', '%0D').replaceAll('\n', '%0A');
}

function escapeProperty(text: string): string {
  return escapeData(text).replaceAll(':', '%3A').replaceAll(',', '%2C');
}
