// BuildKit refuses stage names that do not start with a letter or that contain symbols: `FROM alpine AS 1st`.
import { ourDocsUrl } from '../docs';
import type { Rule } from '../types';

const VALID = /^[a-z][a-z0-9-_.]*$/;

export const InvalidStageName: Rule = {
  id: 'InvalidStageName',
  defaultSeverity: 'error',
  buildCheck: false,
  description: 'Stage names start with a letter and use only letters, digits, "-", "_" and "."',
  url: ourDocsUrl('InvalidStageName'),
  check({ ast, report }) {
    for (const stage of ast.stages) {
      const written = stage.name ? stage.from.args[2] : undefined;
      if (written && !VALID.test(written.value.toLowerCase()))
        report({ range: written.range, data: { name: written.value } });
    }
  },
};
