// ONBUILD needs an instruction to run later, and cannot hold ONBUILD, FROM or MAINTAINER.
import { ourDocsUrl } from '../docs';
import type { Rule } from '../types';
import { defineCatalog } from '../../l10n';

const FORBIDDEN = new Set(['ONBUILD', 'FROM', 'MAINTAINER']);

const messages = defineCatalog(
  'rule.InvalidOnbuildTrigger',
  {
    summary: 'ONBUILD needs an instruction other than ONBUILD, FROM or MAINTAINER',
    missing: 'ONBUILD needs an instruction to run later, like "ONBUILD RUN make".',
    forbidden:
      '{instruction} is not allowed after ONBUILD: ONBUILD cannot hold ONBUILD, FROM or MAINTAINER. Use another instruction, or write it without ONBUILD.',
  },
  {
    summary: 'ONBUILD에는 ONBUILD, FROM, MAINTAINER가 아닌 명령어가 필요합니다',
    missing: 'ONBUILD 뒤에는 나중에 실행할 명령어가 필요합니다. 예: "ONBUILD RUN make".',
    forbidden:
      'ONBUILD 뒤에는 {instruction}을(를) 쓸 수 없습니다. ONBUILD에는 ONBUILD, FROM, MAINTAINER를 넣을 수 없습니다. 다른 명령어를 쓰거나 ONBUILD 없이 쓰세요.',
  },
);

export const InvalidOnbuildTrigger: Rule = {
  id: 'InvalidOnbuildTrigger',
  aliases: ['DL3043'],
  defaultSeverity: 'error',
  buildCheck: false,
  messages,
  url: ourDocsUrl('InvalidOnbuildTrigger'),
  check({ ast, report }) {
    for (const instruction of ast.instructions) {
      if (instruction.keyword !== 'ONBUILD') continue;
      const trigger = instruction.trigger;
      if (!trigger) report({ range: instruction.keywordRange, variant: 'missing', data: {} });
      else if (FORBIDDEN.has(trigger.keyword)) {
        report({ range: trigger.keywordRange, variant: 'forbidden', data: { instruction: trigger.keyword } });
      }
    }
  },
};
