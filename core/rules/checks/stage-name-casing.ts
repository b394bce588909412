// BuildKit StageNameCasing: stage names should be lower-case (`FROM alpine AS Builder`).
import { buildCheckUrl } from '../docs';
import type { Rule } from '../types';

export const StageNameCasing: Rule = {
  id: 'StageNameCasing',
  defaultSeverity: 'warning',
  buildCheck: true,
  description: 'Stage names should be lowercase',
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
