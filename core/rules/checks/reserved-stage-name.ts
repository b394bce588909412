// BuildKit ReservedStageName: `scratch` and `context` have special meanings and cannot name a stage.
import { buildCheckUrl } from '../docs';
import type { Rule } from '../types';

const RESERVED = new Set(['context', 'scratch']);

export const ReservedStageName: Rule = {
  id: 'ReservedStageName',
  defaultSeverity: 'warning',
  buildCheck: true,
  description: 'Reserved words should not be used as stage names',
  url: buildCheckUrl('ReservedStageName'),
  check({ ast, report }) {
    for (const stage of ast.stages) {
      const name = stage.name?.value.toLowerCase();
      if (stage.name && name !== undefined && RESERVED.has(name)) report({ range: stage.name.range, data: { name } });
    }
  },
};
