// BuildKit MaintainerDeprecated: MAINTAINER is replaced by a LABEL.
import { buildCheckUrl } from '../docs';
import type { Rule } from '../types';
import { defineCatalog } from '../../l10n';

const messages = defineCatalog(
  'rule.MaintainerDeprecated',
  {
    summary: 'The MAINTAINER instruction is deprecated, use a label instead to define an image author',
    message: 'MAINTAINER is deprecated. Record the author with a label instead: {label}.',
    'fix.label': 'Replace with {label}',
  },
  {
    summary: 'MAINTAINER 명령어는 더 이상 쓰지 않습니다. 이미지 작성자는 레이블로 남기세요',
    message: 'MAINTAINER는 더 이상 쓰지 않습니다. 대신 레이블로 작성자를 남기세요: {label}.',
    'fix.label': '{label}(으)로 바꾸기',
  },
);

export const MaintainerDeprecated: Rule = {
  id: 'MaintainerDeprecated',
  aliases: ['DL4000'],
  defaultSeverity: 'warning',
  buildCheck: true,
  messages,
  url: buildCheckUrl('MaintainerDeprecated'),
  eachInstruction: {
    keywords: ['MAINTAINER'],
    check(instruction, { report }) {
      const author = instruction.argsText.trim();
      const label = `LABEL org.opencontainers.image.authors=${JSON.stringify(author)}`;
      const range = {
        start: instruction.keywordRange.start,
        end: instruction.argsRange?.end ?? instruction.keywordRange.end,
      };
      const fixes = author === '' ? [] : [{ titleKey: 'label', data: { label }, edits: [{ range, newText: label }] }];
      report({ range: instruction.keywordRange, data: { label }, fixes });
    },
  },
};
