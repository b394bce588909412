// BuildKit FromAsCasing: `FROM x as y` or `from x AS y` mixes cases; the AS keyword should match FROM's.
import { buildCheckUrl } from '../docs';
import { sourceText } from '../facts';
import type { Rule } from '../types';

export const FromAsCasing: Rule = {
  id: 'FromAsCasing',
  defaultSeverity: 'warning',
  buildCheck: true,
  description: "The 'as' keyword should match the case of the 'from' keyword",
  url: buildCheckUrl('FromAsCasing'),
  check({ ast, facts, report }) {
    for (const stage of ast.stages) {
      const as = stage.name ? stage.from.args[1] : undefined;
      const from = sourceText(facts, stage.from.keywordRange);
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
