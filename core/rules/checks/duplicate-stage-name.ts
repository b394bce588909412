// BuildKit DuplicateStageName: two stages with the same name (names compare case-insensitively).
import { buildCheckUrl } from '../docs';
import type { Rule } from '../types';

export const DuplicateStageName: Rule = {
  id: 'DuplicateStageName',
  defaultSeverity: 'warning',
  buildCheck: true,
  description: 'Stage names should be unique',
  url: buildCheckUrl('DuplicateStageName'),
  check({ ast, facts, report }) {
    for (const stage of ast.stages) {
      if (!stage.name) continue;
      const first = facts.stagesByName.get(stage.name.value.toLowerCase());
      if (!first || first === stage) continue;
      const data = { name: stage.name.value, line: String(first.from.range.start.line + 1) };
      report({ range: stage.name.range, data });
    }
  },
};
