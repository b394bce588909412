// validate(ast, options): every registered rule plus the parser's problems, localized, with severities applied once.
import type { DockerfileAst, SyntaxProblem } from '../parser/ast';
import { lookup, resolveLocale, translate, type Locale } from '../l10n';
import { problemMessages } from '../parser/problem-messages';
import { computeFacts } from './facts';
import { comparePositions } from './ranges';
import { rules, rulesById } from './registry';
import { checkDirectiveOf, resolveSeverity, type CheckDirective } from './severity';
import { ourDocsUrl } from './docs';
import { lazyShellAnalysis } from '../shell';
import type { Finding, Fix, FixProposal, Report, Rule, Severity, ValidateOptions } from './types';

export type { Finding, Fix, Rule, Severity, SeveritySetting, ValidateOptions } from './types';
export { rules } from './registry';

export function validate(ast: DockerfileAst, options: ValidateOptions = {}): Finding[] {
  const locale = resolveLocale(options.locale);
  const directive = checkDirectiveOf(ast.directives);
  const findings: Finding[] = [];
  for (const problem of ast.problems) {
    const finding = problemFinding(ast, problem, locale, directive, options);
    if (finding) findings.push(finding);
  }
  const facts = computeFacts(ast, options.text);
  const shell = lazyShellAnalysis(ast, options.text, options.shell);
  for (const rule of rules) {
    const severity = resolveSeverity(rule, directive, options.severities);
    if (severity === 'off' || !rule.check) continue;
    const report = (r: Report): void => void findings.push(ruleFinding(rule, severity, locale, r));
    rule.check({ ast, facts, isIgnored: options.isIgnored, report, shell });
  }
  return findings.sort(
    (a, b) => comparePositions(a.range.start, b.range.start) || comparePositions(a.range.end, b.range.end),
  );
}

/** A parser problem whose code names a rule takes that rule's severity, message and url. */
function problemFinding(
  ast: DockerfileAst,
  problem: SyntaxProblem,
  locale: Locale,
  directive: CheckDirective,
  options: ValidateOptions,
): Finding | undefined {
  const rule = rulesById.get(problem.code);
  if (rule) {
    const severity = resolveSeverity(rule, directive, options.severities);
    if (severity === 'off') return undefined;
    const fixes = rule.fixProblem?.(problem, ast);
    return ruleFinding(rule, severity, locale, { range: problem.range, data: problem.data, fixes });
  }
  const severity = options.severities?.[problem.code] ?? problem.severity;
  if (severity === 'off') return undefined;
  return {
    code: problem.code,
    severity,
    message: lookup(problemMessages, locale, problem.code, problem.data) ?? problem.code,
    range: problem.range,
    url: ourDocsUrl(problem.code),
  };
}

function ruleFinding(rule: Rule, severity: Severity, locale: Locale, report: Report): Finding {
  const data = report.data ?? {};
  const message =
    (report.variant === undefined ? undefined : lookup(rule.messages, locale, report.variant, data)) ??
    lookup(rule.messages, locale, 'message', data) ??
    translate(rule.messages, locale, 'summary');
  const finding: Finding = { code: rule.id, severity, message, range: report.range, url: report.url ?? rule.url };
  if (report.fixes?.length) finding.fixes = report.fixes.map((fix) => localizeFix(rule, locale, fix));
  return finding;
}

function localizeFix(rule: Rule, locale: Locale, fix: FixProposal): Fix {
  const title = lookup(rule.messages, locale, `fix.${fix.titleKey}`, fix.data) ?? fix.titleKey;
  return { title, edits: fix.edits };
}
