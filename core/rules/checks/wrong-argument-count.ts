// Too few or too many arguments for an instruction; FROM must read `FROM image [AS name]`.
import { instructionSpec } from '../../dockerfile/instructions';
import type { Instruction } from '../../parser/ast';
import { ourDocsUrl } from '../docs';
import type { Report, Rule } from '../types';

export const WrongArgumentCount: Rule = {
  id: 'WrongArgumentCount',
  defaultSeverity: 'error',
  buildCheck: false,
  description: 'An instruction has too few or too many arguments',
  url: ourDocsUrl('WrongArgumentCount'),
  check({ facts, report }) {
    for (const instruction of facts.allInstructions) {
      const problem = countProblem(instruction);
      if (problem) report(problem);
    }
  },
};

function countProblem(instruction: Instruction): Report | undefined {
  const spec = instructionSpec(instruction.keyword);
  if (!spec || instruction.keyword === 'ONBUILD') return undefined;
  const count = instruction.args.length;
  const data = { instruction: instruction.keyword, usage: spec.syntax, count: String(count) };
  const range = instruction.argsRange ?? instruction.keywordRange;
  if (instruction.keyword === 'FROM' && count > 0 && !fromFormOk(instruction)) {
    return { range, variant: 'from', data };
  }
  if (count < spec.minArgs) {
    const variant = count === 0 ? 'missing' : 'atLeast';
    return { range: instruction.keywordRange, variant, data: { ...data, min: String(spec.minArgs) } };
  }
  const words = spec.singleWord ? (instruction.args[0]?.value.trim().split(/\s+/).length ?? 0) : 0;
  if (words > 1) return { range, variant: 'atMost', data: { ...data, count: String(words) } };
  return undefined;
}

function fromFormOk(instruction: Instruction): boolean {
  const [, as] = instruction.args;
  if (instruction.args.length === 1) return true;
  return instruction.args.length === 3 && as?.value.toUpperCase() === 'AS';
}
