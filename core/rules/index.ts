// validate(ast, options): every registered rule plus the parser's problems, localized, with severities applied once.
import type { DockerfileAst, SyntaxProblem } from '../parser/ast';
import { lookup, resolveLocale, translate, type Locale } from '../l10n';
import { problemMessages } from '../parser/problem-messages';
import { computeFacts } from './facts';
import { comparePositions } from './ranges';
import { rules, rulesById } from './registry';
import { codeSeverity, effectiveDirective, resolveSeverity, type CheckDirective } from './severity';
import { sharedStageWalk } from './stage-walk';
import { inlineControls, type InlineControls } from './suppression';
import { ourDocsUrl } from './docs';
import type { Facts } from './facts';
import { lazyShellAnalysis } from '../shell';
import { InstructionPass } from './instruction-pass';
import type { Finding, Fix, FixProposal, Report, Rule, RuleContext, Severity, ValidateOptions } from './types';

export type { Finding, Fix, ImageFacts, Rule, Severity, SeveritySetting, ValidateOptions } from './types';
export { rules } from './registry';

export function validate(ast: DockerfileAst, options: ValidateOptions = {}): Finding[] {
  const validation = new Validation(ast, options);
  const steps = validation.steps();
  while (!steps.next().done);
  return validation.findings();
}

/**
 * `validate` as steps: the facts and the parser's problems, then one step per rule (and per few thousand
 * instructions for the rules that check one instruction at a time). A caller that must stay responsive on a huge
 * document yields between steps; it may also stop at any step.
 */
export function* validateInSteps(ast: DockerfileAst, options: ValidateOptions = {}): Generator<void, Finding[]> {
  const validation = new Validation(ast, options);
  yield* validation.steps();
  return validation.findings();
}

interface EnabledRule {
  rule: Rule;
  severity: Severity;
}

/** One validation: what every rule shares (built once), the rules to run, and the findings so far. */
class Validation {
  readonly enabled: EnabledRule[];
  readonly #options: ValidateOptions;
  readonly #locale: Locale;
  readonly #found: Finding[] = [];
  readonly #controls: InlineControls;
  readonly #context: RuleContext;
  readonly #stageWalkReports: (rule: Rule) => readonly Report[];
  readonly #instructionPass: InstructionPass;
  /** The rule running: the one `report` reports for. */
  #running: EnabledRule | undefined;

  constructor(ast: DockerfileAst, options: ValidateOptions) {
    this.#options = options;
    const locale = (this.#locale = resolveLocale(options.locale));
    const directive = effectiveDirective(ast.directives, options.buildArgs);
    const facts = computeFacts(ast, options);
    for (const problem of ast.problems) {
      const finding = problemFinding({ ast, facts, locale, directive, options }, problem);
      if (finding) this.#found.push(finding);
    }
    this.#controls = inlineControls(ast);
    this.enabled = enabledRules(directive, options.severities);
    const shell = lazyShellAnalysis(ast, options.shell);
    const shared = { ast, facts, isIgnored: options.isIgnored, options, shell };
    this.#stageWalkReports = sharedStageWalk(
      this.enabled.map(({ rule }) => rule),
      shared,
    );
    const eachInstruction = this.enabled.filter(({ rule }) => rule.eachInstruction).map(({ rule }) => rule);
    this.#instructionPass = new InstructionPass(eachInstruction, shared, locale);
    this.#context = { ...shared, report: (report) => this.#report(report) };
  }

  *steps(): Generator<void> {
    for (const enabled of this.enabled) {
      yield;
      if (enabled.rule.eachInstruction) yield* this.#instructionPass.steps();
      this.#run(enabled);
    }
  }

  #run(enabled: EnabledRule): void {
    const { rule } = enabled;
    this.#running = enabled;
    rule.check?.(this.#context);
    if (rule.eachInstruction) {
      const reports = this.#instructionPass.reportsOf(rule);
      (rule.eachInstruction.select?.(reports) ?? reports).forEach(this.#context.report);
    }
    if (rule.visitStages) this.#stageWalkReports(rule).forEach(this.#context.report);
    if (rule.id === this.#controls.rule) this.#controls.problems.forEach(this.#context.report);
  }

  findings(): Finding[] {
    return this.#found
      .filter((finding) => !this.#controls.suppresses(finding))
      .sort((a, b) => comparePositions(a.range.start, b.range.start) || comparePositions(a.range.end, b.range.end));
  }

  #report(report: Report): void {
    const { rule, severity } = this.#running as EnabledRule;
    const relayed = codeSeverity(report.externalCode, severity, this.#options.severities);
    if (relayed !== 'off') this.#found.push(ruleFinding(rule, relayed, this.#locale, report));
  }
}

/** The rules that are not off, in order, with their severities. */
function enabledRules(directive: CheckDirective, settings: ValidateOptions['severities']): EnabledRule[] {
  const enabled: EnabledRule[] = [];
  for (const rule of rules) {
    const severity = resolveSeverity(rule, directive, settings);
    if (severity !== 'off') enabled.push({ rule, severity });
  }
  return enabled;
}

/** A parser problem whose code names a rule takes that rule's severity, message and url. */
interface ProblemContext {
  ast: DockerfileAst;
  facts: Facts;
  locale: Locale;
  directive: CheckDirective;
  options: ValidateOptions;
}

function problemFinding(
  { ast, facts, locale, directive, options }: ProblemContext,
  problem: SyntaxProblem,
): Finding | undefined {
  const rule = rulesById.get(problem.code);
  if (rule) {
    const severity = resolveSeverity(rule, directive, options.severities);
    if (severity === 'off') return undefined;
    const located = rule.fromProblem?.(problem, ast, facts) ?? { range: problem.range };
    return ruleFinding(rule, severity, locale, { ...located, data: problem.data });
  }
  const severity = codeSeverity(problem.code, problem.severity, options.severities);
  if (severity === 'off') return undefined;
  return {
    code: problem.code,
    severity,
    message: lookup(problemMessages, locale, problem.code, localizedWords(problem.data, locale)) ?? problem.code,
    range: problem.range,
    url: ourDocsUrl(problem.code),
  };
}

/** The parser's words in a problem's data (`single`), in the locale, when the catalog has them. */
function localizedWords(data: Readonly<Record<string, string>> | undefined, locale: Locale): Record<string, string> {
  const words: Record<string, string> = {};
  for (const [name, value] of Object.entries(data ?? {}))
    words[name] = lookup(problemMessages, locale, `word.${value}`) ?? value;
  return words;
}

function ruleFinding(rule: Rule, severity: Severity, locale: Locale, report: Report): Finding {
  const { message, fixes } = wordingOf(rule, locale, report);
  const finding: Finding = { code: rule.id, severity, message, range: report.range, url: report.url ?? rule.url };
  if (report.externalCode !== undefined) finding.externalCode = report.externalCode;
  if (fixes) finding.fixes = fixes;
  return finding;
}

interface Wording {
  locale: Locale;
  message: string;
  fixes: Fix[] | undefined;
}

/**
 * Each report's words, kept with it: a report kept across versions (an instruction the edit left alone) is put into
 * words once per locale, not once per version.
 */
const wordings = new WeakMap<Report, Wording>();

function wordingOf(rule: Rule, locale: Locale, report: Report): Wording {
  const known = wordings.get(report);
  if (known?.locale === locale) return known;
  const data = report.data ?? {};
  const message =
    (report.variant === undefined ? undefined : lookup(rule.messages, locale, report.variant, data)) ??
    lookup(rule.messages, locale, 'message', data) ??
    translate(rule.messages, locale, 'summary');
  const fixes = report.fixes?.length ? report.fixes.map((fix) => localizeFix(rule, locale, fix)) : undefined;
  const wording = { locale, message, fixes };
  wordings.set(report, wording);
  return wording;
}

function localizeFix(rule: Rule, locale: Locale, fix: FixProposal): Fix {
  const title = lookup(rule.messages, locale, `fix.${fix.titleKey}`, fix.data) ?? fix.titleKey;
  return { title, edits: fix.edits };
}
