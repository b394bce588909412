// ENV, LABEL and ARG need a name before `=`: `ENV =x`, `LABEL ="v"`, `ARG =1`.
// (A key without a value is a syntax problem the parser reports.)
import type { Instruction } from '../../parser/ast';
import { ourDocsUrl } from '../docs';
import { argDeclarations, keyValues, instructionsOf } from '../facts';
import type { Report, Rule } from '../types';
import { defineCatalog } from '../../l10n';

const messages = defineCatalog(
  'rule.BlankName',
  {
    summary: 'ENV, LABEL and ARG need a name before "="',
    message: '{instruction} has an "=" with no name before it. Write the name first, like {instruction} NAME=value.',
  },
  {
    summary: 'ENV, LABEL, ARG에는 "=" 앞에 이름이 있어야 합니다',
    message: '{instruction}에 이름 없이 "="가 있습니다. {instruction} NAME=value처럼 이름을 먼저 쓰세요.',
  },
);

export const BlankName: Rule = {
  id: 'BlankName',
  defaultSeverity: 'error',
  buildCheck: false,
  messages,
  url: ourDocsUrl('BlankName'),
  check({ facts, report }) {
    for (const instruction of instructionsOf(facts, 'ENV', 'LABEL', 'ARG')) {
      if (instruction.keyword === 'ENV' || instruction.keyword === 'LABEL') pairProblems(instruction).forEach(report);
      if (instruction.keyword === 'ARG') argProblems(instruction).forEach(report);
    }
  },
};

function pairProblems(instruction: Instruction): Report[] {
  return keyValues(instruction)
    .filter(({ key }) => key.value === '')
    .map(({ key }) => ({ range: key.range, data: { instruction: instruction.keyword } }));
}

function argProblems(instruction: Instruction): Report[] {
  return argDeclarations(instruction)
    .filter((decl) => decl.name === '')
    .map((decl) => ({ range: decl.word.range, data: { instruction: 'ARG' } }));
}
