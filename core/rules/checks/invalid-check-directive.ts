// `# check=` accepts only skip=, experimental= and error=true|false, as BuildKit reads it; anything else fails the build.
import { ourDocsUrl } from '../docs';
import { parseCheckDirective } from '../severity';
import type { Rule } from '../types';
import { defineCatalog } from '../../l10n';

const messages = defineCatalog(
  'rule.InvalidCheckDirective',
  {
    summary: 'The check directive accepts skip=, experimental= and error=',
    message:
      '"{option}" is not a check option. The check directive reads like "# check=skip=RuleA,RuleB;error=true": skip= lists rules to turn off (or all), experimental= turns on experimental checks, error=true makes warnings fail the build.',
  },
  {
    summary: 'check 지시어는 skip=, experimental=, error=만 받습니다',
    message:
      '"{option}"은(는) check 옵션이 아닙니다. check 지시어는 "# check=skip=RuleA,RuleB;error=true"처럼 씁니다. skip=에는 끌 규칙(또는 all)을, experimental=에는 켤 실험적 검사를 쓰고, error=true로 하면 경고가 있을 때 빌드가 실패합니다.',
  },
);

export const InvalidCheckDirective: Rule = {
  id: 'InvalidCheckDirective',
  defaultSeverity: 'error',
  buildCheck: false,
  messages,
  url: ourDocsUrl('InvalidCheckDirective'),
  check({ ast, report }) {
    for (const directive of ast.directives) {
      if (directive.name !== 'check') continue;
      const parsed = parseCheckDirective(directive.value);
      if (!parsed.ok) report({ range: directive.valueRange, data: { option: parsed.option.trim() } });
    }
  },
};
