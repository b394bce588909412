// ENV, LABEL and ARG need a name before `=`: `ENV =x`, `LABEL ="v"`, `ARG =1`.
// (A key without a value is a syntax problem the parser reports.)
import { argName } from '../../dockerfile/args';
import { ourDocsUrl } from '../docs';
import { keyValues } from '../facts';
import type { Rule } from '../types';
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
  eachInstruction: {
    keywords: ['ENV', 'LABEL', 'ARG'],
    check(instruction, { report }) {
      const blank =
        instruction.keyword === 'ARG'
          ? instruction.args.filter((word) => argName(word.value) === '')
          : keyValues(instruction).flatMap(({ key }) => (key.value === '' ? [key] : []));
      for (const word of blank) report({ range: word.range, data: { instruction: instruction.keyword } });
    },
  },
};
