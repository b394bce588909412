// BuildKit FromAsCasing: `FROM x as y` or `from x AS y` mixes cases; the AS keyword should match FROM's.
import { buildCheckUrl } from '../docs';
import type { Rule } from '../types';
import { defineCatalog } from '../../l10n';

const messages = defineCatalog(
  'rule.FromAsCasing',
  {
    summary: "The 'as' keyword should match the case of the 'from' keyword",
    message: 'The "{as}" keyword should match the case of "{from}": write "{fixed}" so the line reads consistently.',
    'fix.match': 'Change to {fixed}',
  },
  {
    summary: "'as' 키워드의 대소문자는 'from' 키워드와 같아야 합니다",
    message: '"{as}" 키워드의 대소문자를 "{from}"과(와) 맞추세요. "{fixed}"(으)로 쓰면 줄이 일관되게 읽힙니다.',
    'fix.match': '{fixed}(으)로 바꾸기',
  },
);

export const FromAsCasing: Rule = {
  id: 'FromAsCasing',
  defaultSeverity: 'warning',
  buildCheck: true,
  messages,
  url: buildCheckUrl('FromAsCasing'),
  check({ ast, report }) {
    for (const stage of ast.stages) {
      const as = stage.name ? stage.from.args[1] : undefined;
      const from = as && stage.from.writtenKeyword;
      if (!as || from === undefined) continue;
      const fromUpper = from === from.toUpperCase();
      const fromLower = from === from.toLowerCase();
      const asUpper = as.value === as.value.toUpperCase();
      const asLower = as.value === as.value.toLowerCase();
      if (!((fromUpper && !asUpper) || (fromLower && !asLower))) continue;
      const fixed = fromUpper ? 'AS' : 'as';
      const data = { from, as: as.value, fixed };
      const edits = [{ range: as.range, newText: fixed }];
      report({ range: as.range, data, fixes: [{ titleKey: 'match', data, edits }] });
    }
  },
};
