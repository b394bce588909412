// Severity is decided here, once: the rule's default, then the `# check=` directive (or the BUILDKIT_DOCKERFILE_CHECK
// build argument, which replaces it as in BuildKit), then the user's severities (the .dockerfile-studio.json file's,
// overridden by the editor's settings: the caller merges them). Comments above an instruction then drop findings on it
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

export function resolveSeverity(
  rule: Rule,
  directive: CheckDirective,
  settings: Record<string, SeveritySetting> | undefined,
): SeveritySetting {
  const setting = settings?.[rule.id];
  if (setting !== undefined) return setting;
  return fromDirective(rule, directive);
}

function fromDirective(rule: Rule, directive: CheckDirective): SeveritySetting {
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
