// BuildKit refuses stage names that do not start with a letter or that contain symbols: `FROM alpine AS 1st`.
import { isValidStageName } from '../../dockerfile/stages';
import { ourDocsUrl } from '../docs';
import type { Rule } from '../types';

export const InvalidStageName: Rule = {
  id: 'InvalidStageName',
  defaultSeverity: 'error',
  buildCheck: false,
  description: 'Stage names start with a letter and use only letters, digits, "-", "_" and "."',
  url: ourDocsUrl('InvalidStageName'),
  check({ ast, report }) {
    for (const stage of ast.stages) {
      const written = stage.name ? stage.from.args[2] : undefined;
      if (written && !isValidStageName(written.value)) report({ range: written.range, data: { name: written.value } });
    }
  },
};
