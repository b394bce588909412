// BuildKit StageNameCasing: stage names should be lower-case (`FROM alpine AS Builder`).
import { buildCheckUrl } from '../docs';
import type { Rule } from '../types';
import { defineCatalog } from '../../l10n';

const messages = defineCatalog(
  'rule.StageNameCasing',
  {
    summary: 'Stage names should be lowercase',
    message:
      'Stage name "{name}" should be lower-case ("{lower}"): lower-case names are easy to tell apart from instructions.',
    'fix.lowercase': 'Rename to {lower}',
  },
  {
    summary: '스테이지 이름은 소문자로 쓰는 것이 좋습니다',
    message:
      '스테이지 이름 "{name}"은(는) 소문자("{lower}")(으)로 쓰는 것이 좋습니다. 소문자로 쓰면 명령어와 쉽게 구별됩니다.',
    'fix.lowercase': '{lower}(으)로 이름 바꾸기',
  },
);

export const StageNameCasing: Rule = {
  id: 'StageNameCasing',
  defaultSeverity: 'warning',
  buildCheck: true,
  messages,
  url: buildCheckUrl('StageNameCasing'),
  check({ ast, report }) {
    for (const stage of ast.stages) {
      const written = stage.name ? stage.from.args[2] : undefined;
      if (!written || written.value === written.value.toLowerCase()) continue;
      const data = { name: written.value, lower: written.value.toLowerCase() };
      const edits = [{ range: written.range, newText: data.lower }];
      report({ range: written.range, data, fixes: [{ titleKey: 'lowercase', data, edits }] });
    }
  },
};
