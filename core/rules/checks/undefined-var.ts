// BuildKit UndefinedVar: a variable used by an instruction the builder expands, with no ARG or ENV declaring it.
import type { Instruction, Stage, VariableRef } from '../../parser/ast';
import { DEFAULT_ENV, PROXY_ARGS } from '../builtins';
import { buildCheckUrl } from '../docs';
import { argDeclarations, keyValues, type Facts } from '../facts';
import { closest } from '../suggest';
import type { Report, Rule } from '../types';
import { defineCatalog } from '../../l10n';

/** Instructions whose arguments BuildKit expands itself (RUN, CMD and ENTRYPOINT leave it to the shell). */
const EXPANDED = new Set(['ADD', 'ARG', 'COPY', 'ENV', 'EXPOSE', 'LABEL', 'STOPSIGNAL', 'USER', 'VOLUME', 'WORKDIR']);

/** The ENV names a stage sets, linked to those of the stages it builds on: shared, never copied. */
interface EnvScope {
  names: Set<string>;
  outer: EnvScope | undefined;
}

/** What a stage passes on to the stages built on it. */
interface Inheritance {
  env: EnvScope | undefined;
  /** The root image is `scratch`: nothing is defined we cannot see. */
  knowsAll: boolean;
}

const messages = defineCatalog(
  'rule.UndefinedVar',
  {
    summary: 'Variables should be defined before their use',
    message:
      '${name} is not defined: no ARG or ENV in this stage sets it, so it expands to an empty string. Declare it with "ARG {name}" or "ENV {name}=…" first.',
    suggest: '${name} is not defined in this stage. Did you mean ${suggestion}?',
    'fix.replace': 'Change to ${suggestion}',
  },
  {
    summary: '변수는 쓰기 전에 정의해야 합니다',
    message:
      '${name}이(가) 정의되지 않았습니다. 이 스테이지의 어떤 ARG나 ENV도 값을 정하지 않아서 빈 문자열이 됩니다. 먼저 "ARG {name}"이나 "ENV {name}=…"으로 선언하세요.',
    suggest: '${name}은(는) 이 스테이지에서 정의되지 않았습니다. ${suggestion}을(를) 쓰려던 것인가요?',
    'fix.replace': '${suggestion}(으)로 바꾸기',
  },
);

export const UndefinedVar: Rule = {
  id: 'UndefinedVar',
  defaultSeverity: 'warning',
  buildCheck: true,
  messages,
  url: buildCheckUrl('UndefinedVar'),
  check({ ast, facts, report }) {
    // Parents come before their children, so each stage's inheritance is computed once, from its parent's.
    const passedOn = new Map<Stage, Inheritance>();
    for (const stage of ast.stages) {
      const inherited = inheritanceOf(stage, facts, passedOn);
      checkStage(stage, inherited).forEach(report);
      passedOn.set(stage, { env: withStageEnv(stage, inherited.env), knowsAll: inherited.knowsAll });
    }
  },
};

const BASE_ENV: ReadonlySet<string> = new Set([...DEFAULT_ENV, ...PROXY_ARGS]);

function inheritanceOf(stage: Stage, facts: Facts, passedOn: Map<Stage, Inheritance>): Inheritance {
  const parent = facts.parents.get(stage);
  const fromParent = parent && passedOn.get(parent);
  if (fromParent) return fromParent;
  // An image from a registry brings environment variables we cannot see: there, only likely typos are reported.
  return { env: undefined, knowsAll: stage.image?.value.toLowerCase() === 'scratch' };
}

/** The inherited scope, plus a link for the stage's own ENV names when it sets any. */
function withStageEnv(stage: Stage, inherited: EnvScope | undefined): EnvScope | undefined {
  const names = new Set<string>();
  for (const instruction of stage.instructions) declareEnv(instruction, names);
  return names.size === 0 ? inherited : { names, outer: inherited };
}

function checkStage(stage: Stage, inherited: Inheritance): Report[] {
  const reports: Report[] = [];
  const scope: Scope = { inherited: inherited.env, local: new Set(), knowsAll: inherited.knowsAll };
  for (const instruction of stage.instructions) {
    if (EXPANDED.has(instruction.keyword)) {
      for (const ref of instruction.variables) {
        const problem = undefinedRef(ref, scope);
        if (problem) reports.push(problem);
      }
    }
    declareEnv(instruction, scope.local);
    if (instruction.keyword === 'ARG') argDeclarations(instruction).forEach((decl) => scope.local.add(decl.name));
  }
  return reports;
}

interface Scope {
  inherited: EnvScope | undefined;
  local: Set<string>;
  knowsAll: boolean;
}

function isDefined(name: string, { inherited, local }: Scope): boolean {
  if (local.has(name) || BASE_ENV.has(name)) return true;
  for (let env = inherited; env; env = env.outer) if (env.names.has(name)) return true;
  return false;
}

/** Every defined name, in declaration order: built-ins, the oldest ancestor's ENV names … the stage's own. */
function definedNames({ inherited, local }: Scope): string[] {
  const inheritedSets: Set<string>[] = [];
  for (let env = inherited; env; env = env.outer) inheritedSets.push(env.names);
  return [...BASE_ENV, ...inheritedSets.reverse().flatMap((names) => [...names]), ...local];
}

function undefinedRef(ref: VariableRef, scope: Scope): Report | undefined {
  // `${X:-default}` and friends handle the unset case on purpose.
  if (ref.modifier !== undefined || isDefined(ref.name, scope)) return undefined;
  // Under a registry image, only a one-edit slip counts: `$GOPATH` is not a typo of `$PATH`.
  const suggestion = closest(ref.name, definedNames(scope), false, scope.knowsAll ? 2 : 1);
  if (suggestion === undefined) return scope.knowsAll ? { range: ref.range, data: { name: ref.name } } : undefined;
  const data = { name: ref.name, suggestion };
  const edits = [{ range: ref.nameRange, newText: suggestion }];
  return { range: ref.range, variant: 'suggest', data, fixes: [{ titleKey: 'replace', data, edits }] };
}

function declareEnv(instruction: Instruction, defined: Set<string>): void {
  if (instruction.keyword === 'ENV') keyValues(instruction).forEach((kv) => defined.add(kv.key.value));
}
