// Too few or too many arguments for an instruction; FROM must read `FROM image [AS name]`.
import { instructionSpec, type InstructionSpec } from '../../dockerfile/instructions';
import { syntaxText } from '../../dockerfile/syntax-text';
import type { Instruction, Range } from '../../parser/ast';
import { ourDocsUrl } from '../docs';
import type { Report, Rule } from '../types';
import { defineCatalog, type Locale } from '../../l10n';

const messages = defineCatalog(
  'rule.WrongArgumentCount',
  {
    summary: 'An instruction has too few or too many arguments',
    missing: '{instruction} needs at least {min} argument(s), but none were given. Usage: {usage}',
    atLeast: '{instruction} needs at least {min} arguments, but only {count} were given. Usage: {usage}',
    atMost:
      '{instruction} takes exactly one argument, but {count} were given. If the value contains spaces, it is probably a mistake. Usage: {usage}',
    from: 'FROM must read "FROM image" or "FROM image AS name". Check for a missing or misspelled AS, or extra words. Usage: {usage}',
  },
  {
    summary: '명령어의 인자가 너무 적거나 너무 많습니다',
    missing: '{instruction}에는 인자가 {min}개 이상 필요한데 하나도 없습니다. 사용법: {usage}',
    atLeast: '{instruction}에는 인자가 {min}개 이상 필요한데 {count}개만 있습니다. 사용법: {usage}',
    atMost:
      '{instruction}은(는) 인자를 하나만 받는데 {count}개가 있습니다. 값에 공백이 들어갔다면 실수일 가능성이 큽니다. 사용법: {usage}',
    from: 'FROM은 "FROM 이미지" 또는 "FROM 이미지 AS 이름" 형식이어야 합니다. AS가 빠졌거나 철자가 틀렸는지, 남는 단어가 있는지 확인하세요. 사용법: {usage}',
  },
);

export const WrongArgumentCount: Rule = {
  id: 'WrongArgumentCount',
  defaultSeverity: 'error',
  buildCheck: false,
  messages,
  url: ourDocsUrl('WrongArgumentCount'),
  eachInstruction: {
    check(instruction, { locale, report }) {
      const problem = countProblem(instruction, locale);
      if (problem) report(problem);
    },
  },
};

function countProblem(instruction: Instruction, locale: Locale): Report | undefined {
  const spec = instructionSpec(instruction.keyword);
  if (!spec || instruction.keyword === 'ONBUILD') return undefined;
  const count = instruction.argCount;
  if (instruction.keyword === 'FROM' && count > 0 && !fromFormOk(instruction)) {
    return { range: argsRange(instruction), variant: 'from', data: usageData(instruction, spec, locale, count) };
  }
  if (count < spec.minArgs) {
    const variant = count === 0 ? 'missing' : 'atLeast';
    const data = { ...usageData(instruction, spec, locale, count), min: String(spec.minArgs) };
    return { range: instruction.keywordRange, variant, data };
  }
  const words = spec.singleWord ? (instruction.args[0]?.value.trim().split(/\s+/).length ?? 0) : 0;
  if (words > 1)
    return { range: argsRange(instruction), variant: 'atMost', data: usageData(instruction, spec, locale, words) };
  return undefined;
}

/** Built only for a reported instruction: most instructions never need their argument range or usage text. */
function argsRange(instruction: Instruction): Range {
  return instruction.argsRange ?? instruction.keywordRange;
}

function usageData(instruction: Instruction, spec: InstructionSpec, locale: Locale, count: number) {
  return { instruction: instruction.keyword, usage: syntaxText(spec.syntax, locale), count: String(count) };
}

function fromFormOk(instruction: Instruction): boolean {
  const [, as] = instruction.args;
  if (instruction.args.length === 1) return true;
  return instruction.args.length === 3 && as?.value.toUpperCase() === 'AS';
}
