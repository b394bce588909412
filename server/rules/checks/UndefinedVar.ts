// BuildKit UndefinedVar: a variable used by an instruction the builder expands, with no ARG or ENV declaring it.
import type { Instruction, Stage, VariableRef } from '../../parser/ast';
import { DEFAULT_ENV, PROXY_ARGS } from '../builtins';
import { buildCheckUrl } from '../docs';
import { argDeclarations, keyValues, lineage } from '../facts';
import { closest } from '../suggest';
import type { Report, Rule } from '../types';

/** Instructions whose arguments BuildKit expands itself (RUN, CMD and ENTRYPOINT leave it to the shell). */
const EXPANDED = new Set(['ADD', 'ARG', 'COPY', 'ENV', 'EXPOSE', 'LABEL', 'STOPSIGNAL', 'USER', 'VOLUME', 'WORKDIR']);

export const UndefinedVar: Rule = {
  id: 'UndefinedVar',
  defaultSeverity: 'warning',
  buildCheck: true,
  description: 'Variables should be defined before their use',
  url: buildCheckUrl('UndefinedVar'),
  check({ ast, facts, report }) {
    for (const stage of ast.stages) {
      const chain = lineage(facts, stage);
      // An image from a registry brings environment variables we cannot see: there, only likely typos are reported.
      const root = chain[chain.length - 1];
      const knowsAll = root?.image?.value.toLowerCase() === 'scratch';
      const defined = new Set<string>([...DEFAULT_ENV, ...PROXY_ARGS]);
      for (const parent of chain.slice(1).reverse()) parent.instructions.forEach((i) => declareEnv(i, defined));
      checkStage(stage, defined, knowsAll).forEach(report);
    }
  },
};

function checkStage(stage: Stage, defined: Set<string>, knowsAll: boolean): Report[] {
  const reports: Report[] = [];
  for (const instruction of stage.instructions) {
    if (EXPANDED.has(instruction.keyword)) {
      for (const ref of instruction.variables) {
        const problem = undefinedRef(ref, defined, knowsAll);
        if (problem) reports.push(problem);
      }
    }
    declareEnv(instruction, defined);
    if (instruction.keyword === 'ARG') argDeclarations(instruction).forEach((decl) => defined.add(decl.name));
  }
  return reports;
}

function undefinedRef(ref: VariableRef, defined: Set<string>, knowsAll: boolean): Report | undefined {
  // `${X:-default}` and friends handle the unset case on purpose.
  if (defined.has(ref.name) || ref.modifier !== undefined) return undefined;
  // Under a registry image, only a one-edit slip counts: `$GOPATH` is not a typo of `$PATH`.
  const suggestion = closest(ref.name, defined, false, knowsAll ? 2 : 1);
  if (suggestion === undefined) return knowsAll ? { range: ref.range, data: { name: ref.name } } : undefined;
  const data = { name: ref.name, suggestion };
  const edits = [{ range: ref.nameRange, newText: suggestion }];
  return { range: ref.range, variant: 'suggest', data, fixes: [{ titleKey: 'replace', data, edits }] };
}

function declareEnv(instruction: Instruction, defined: Set<string>): void {
  if (instruction.keyword === 'ENV') keyValues(instruction).forEach((kv) => defined.add(kv.key.value));
}

