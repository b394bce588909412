// BuildKit MaintainerDeprecated: MAINTAINER is replaced by a LABEL.
import { buildCheckUrl } from '../docs';
import { instructionsOf } from '../facts';
import type { Rule } from '../types';

export const MaintainerDeprecated: Rule = {
  id: 'MaintainerDeprecated',
  defaultSeverity: 'warning',
  buildCheck: true,
  description: 'The MAINTAINER instruction is deprecated, use a label instead to define an image author',
  url: buildCheckUrl('MaintainerDeprecated'),
  check({ facts, report }) {
    for (const instruction of instructionsOf(facts, 'MAINTAINER')) {
      const author = instruction.argsText.trim();
      const label = `LABEL org.opencontainers.image.authors=${JSON.stringify(author)}`;
      const range = {
        start: instruction.keywordRange.start,
        end: instruction.argsRange?.end ?? instruction.keywordRange.end,
      };
      const fixes = author === '' ? [] : [{ titleKey: 'label', data: { label }, edits: [{ range, newText: label }] }];
      report({ range: instruction.keywordRange, data: { label }, fixes });
    }
  },
};
