// `# check=` accepts only skip=, experimental= and error=true|false, as BuildKit reads it; anything else fails the build.
import { ourDocsUrl } from '../docs';
import { parseCheckDirective } from '../severity';
import type { Rule } from '../types';

export const InvalidCheckDirective: Rule = {
  id: 'InvalidCheckDirective',
  defaultSeverity: 'error',
  buildCheck: false,
  description: 'The check directive accepts skip=, experimental= and error=',
  url: ourDocsUrl('InvalidCheckDirective'),
  check({ ast, report }) {
    for (const directive of ast.directives) {
      if (directive.name !== 'check') continue;
      const parsed = parseCheckDirective(directive.value);
      if (!parsed.ok) report({ range: directive.valueRange, data: { option: parsed.option.trim() } });
    }
  },
};
