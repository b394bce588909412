// Every rule, found in checks/ (checks/index.ts is generated from that folder: `npm run generate`).
import { PROBLEM_KINDS } from '../parser/problems';
import { checks } from './checks';
import type { Rule } from './types';

/** The rules in the order they run (by file name); findings are sorted by position afterwards. */
export const rules: readonly Rule[] = checks;

export const rulesById: ReadonlyMap<string, Rule> = new Map(rules.map((rule) => [rule.id, rule]));

/** Each hadolint code to the rule that has its check. */
const rulesByAlias: ReadonlyMap<string, Rule> = new Map(
  rules.flatMap((rule) => (rule.aliases ?? []).map((alias) => [alias, rule] as const)),
);

/** The rule a code names: its id or one of its hadolint codes (`DL3008`). */
export function ruleFor(code: string): Rule | undefined {
  return rulesById.get(code) ?? rulesByAlias.get(code);
}

/** The code a finding carries for `code`: the rule's id for a rule or hadolint code, else `code` (`SC2086`). */
export function findingCode(code: string): string {
  return ruleFor(code)?.id ?? code;
}

/** ShellCheck's codes (`SC2086`), which the ShellCheck rule relays as its findings' `externalCode`. */
export function isShellCheckCode(code: string): boolean {
  return /^SC\d{4}$/.test(code);
}

/** Whether settings and ignore comments can name `code`: a rule, a hadolint code, a parser problem, a ShellCheck code. */
export function isKnownCode(code: string): boolean {
  return ruleFor(code) !== undefined || Object.hasOwn(PROBLEM_KINDS, code) || isShellCheckCode(code);
}
