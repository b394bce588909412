// ONBUILD needs an instruction to run later, and cannot hold ONBUILD, FROM or MAINTAINER.
import { ourDocsUrl } from '../docs';
import type { Rule } from '../types';

const FORBIDDEN = new Set(['ONBUILD', 'FROM', 'MAINTAINER']);

export const InvalidOnbuildTrigger: Rule = {
  id: 'InvalidOnbuildTrigger',
  defaultSeverity: 'error',
  buildCheck: false,
  description: 'ONBUILD needs an instruction other than ONBUILD, FROM or MAINTAINER',
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
