// Severity is decided here, once: the rule's default, then the `# check=` directive (or the BUILDKIT_DOCKERFILE_CHECK
// build argument, which replaces it as in BuildKit), then the user's severities (the .dockerfile-studio.json file's,
// overridden by the editor's settings: the caller merges them; a setting may name a rule by id or by hadolint code, and
// `all` names every rule). Comments above an instruction then drop findings on it
// (suppression.ts).
import type { Directive } from '../parser/ast';
import type { Rule, Severity, SeveritySetting } from './types';

/** `# check=skip=A,B;experimental=C;error=true`, as BuildKit reads it. */
export interface CheckDirective {
  skipAll: boolean;
  skip: Set<string>;
  experimentalAll: boolean;
  experimental: Set<string>;
  errorOnWarning: boolean;
}

export type CheckDirectiveResult = { ok: true; value: CheckDirective } | { ok: false; option: string };

const NO_DIRECTIVE: CheckDirective = {
  skipAll: false,
  skip: new Set(),
  experimentalAll: false,
  experimental: new Set(),
  errorOnWarning: false,
};

export function parseCheckDirective(text: string): CheckDirectiveResult {
  const value: CheckDirective = { ...NO_DIRECTIVE, skip: new Set(), experimental: new Set() };
  if (text.trim() === '') return { ok: true, value };
  for (const part of text.split(';').slice(0, 3)) {
    const eq = part.indexOf('=');
    if (eq < 0) return { ok: false, option: part };
    const key = part.slice(0, eq).trim();
    const setting = part.slice(eq + 1).trim();
    if (key === 'skip') {
      if (setting === 'all') value.skipAll = true;
      else value.skip = nameSet(setting);
    } else if (key === 'experimental') {
      if (setting === 'all') value.experimentalAll = true;
      else value.experimental = nameSet(setting);
    } else if (key === 'error') {
      const flag = parseBool(setting);
      if (flag === undefined) return { ok: false, option: part };
      value.errorOnWarning = flag;
    } else {
      return { ok: false, option: key };
    }
  }
  return { ok: true, value };
}

/** The build argument that replaces the `# check=` directive, as BuildKit reads it. */
export const CHECK_BUILD_ARG = 'BUILDKIT_DOCKERFILE_CHECK';

/** The directive in effect: the first `check` directive, when it parses. */
export function checkDirectiveOf(directives: Directive[]): CheckDirective {
  const directive = directives.find((d) => d.name === 'check');
  if (!directive) return NO_DIRECTIVE;
  const parsed = parseCheckDirective(directive.value);
  return parsed.ok ? parsed.value : NO_DIRECTIVE;
}

/** The `BUILDKIT_DOCKERFILE_CHECK` build argument when given, else the file's `# check=` directive. */
export function effectiveDirective(
  directives: Directive[],
  buildArgs: Readonly<Record<string, string>> | undefined,
): CheckDirective {
  const fromBuildArg = buildArgs && Object.hasOwn(buildArgs, CHECK_BUILD_ARG) ? buildArgs[CHECK_BUILD_ARG] : undefined;
  if (fromBuildArg === undefined) return checkDirectiveOf(directives);
  const parsed = parseCheckDirective(fromBuildArg);
  return parsed.ok ? parsed.value : NO_DIRECTIVE;
}

/** The settings key that applies to every rule without a setting of its own. */
export const ALL_RULES = 'all';

export function resolveSeverity(
  rule: Rule,
  directive: CheckDirective,
  settings: Record<string, SeveritySetting> | undefined,
): Exclude<SeveritySetting, 'on'> {
  const setting = settingFor(rule, settings);
  if (setting === undefined) return fromDirective(rule, directive);
  return setting === 'on' ? rule.defaultSeverity : setting;
}

/** The setting for a rule: by its id, else by one of its hadolint codes, else the `all` setting. */
function settingFor(rule: Rule, settings: Record<string, SeveritySetting> | undefined): SeveritySetting | undefined {
  if (!settings) return undefined;
  if (settings[rule.id] !== undefined) return settings[rule.id];
  for (const alias of rule.aliases ?? []) if (settings[alias] !== undefined) return settings[alias];
  return settings[ALL_RULES];
}

/**
 * The severity of a finding known by a code of its own: a parser problem's code, or a relayed tool's (ShellCheck's
 * `SC2086`). That code's setting wins over `severity`.
 */
export function codeSeverity(
  code: string | undefined,
  severity: Severity,
  settings: Record<string, SeveritySetting> | undefined,
): Severity | 'off' {
  const setting = code === undefined ? undefined : settings?.[code];
  return setting === undefined || setting === 'on' ? severity : setting;
}

function fromDirective(rule: Rule, directive: CheckDirective): Severity | 'off' {
  if (rule.experimental && !directive.experimentalAll && !directive.experimental.has(rule.id)) return 'off';
  if (directive.skip.has(rule.id)) return 'off';
  if (!rule.buildCheck) return rule.defaultSeverity;
  if (directive.skipAll && !rule.experimental) return 'off';
  return directive.errorOnWarning ? escalate(rule.defaultSeverity) : rule.defaultSeverity;
}

function escalate(severity: Severity): Severity {
  return severity === 'warning' ? 'error' : severity;
}

function nameSet(list: string): Set<string> {
  return new Set(
    list
      .split(',')
      .map((name) => name.trim())
      .filter((name) => name !== ''),
  );
}

/** Go's strconv.ParseBool. */
function parseBool(text: string): boolean | undefined {
  if (['1', 't', 'T', 'TRUE', 'true', 'True'].includes(text)) return true;
  if (['0', 'f', 'F', 'FALSE', 'false', 'False'].includes(text)) return false;
  return undefined;
}

const RANK: Readonly<Record<Severity, number>> = { hint: 0, info: 1, warning: 2, error: 3 };

/** Whether a finding of `severity` reaches `threshold` (a CI's failure threshold). */
export function reaches(severity: Severity, threshold: Severity): boolean {
  return RANK[severity] >= RANK[threshold];
}
