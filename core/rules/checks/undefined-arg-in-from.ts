// BuildKit UndefinedArgInFrom: FROM can only use ARGs declared before the first FROM (or the platform ARGs).
import { PLATFORM_ARGS } from '../../dockerfile/builtins';
import { buildCheckUrl } from '../docs';
import { closest, SuggestionBudget } from '../suggest';
import type { Rule } from '../types';
import { defineCatalog } from '../../l10n';

const messages = defineCatalog(
  'rule.UndefinedArgInFrom',
  {
    summary: 'FROM command must use declared ARGs',
    message:
      'FROM uses ${name}, but no "ARG {name}" is declared before the first FROM, so it is always empty here. Declare it at the top of the file.',
    suggest: 'FROM uses ${name}, which is not declared before the first FROM. Did you mean ${suggestion}?',
    'fix.replace': 'Change to ${suggestion}',
  },
  {
    summary: 'FROM에서는 선언된 ARG만 써야 합니다',
    message:
      'FROM에서 ${name}을(를) 쓰지만 첫 번째 FROM 앞에 "ARG {name}" 선언이 없어서 여기서는 항상 빈 값입니다. 파일 맨 위에 선언하세요.',
    suggest: 'FROM에서 쓰는 ${name}은(는) 첫 번째 FROM 앞에 선언되지 않았습니다. ${suggestion}을(를) 쓰려던 것인가요?',
    'fix.replace': '${suggestion}(으)로 바꾸기',
  },
);

export const UndefinedArgInFrom: Rule = {
  id: 'UndefinedArgInFrom',
  defaultSeverity: 'warning',
  buildCheck: true,
  messages,
  url: buildCheckUrl('UndefinedArgInFrom'),
  check({ ast, facts, report }) {
    const known = [...facts.globalArgs.keys(), ...PLATFORM_ARGS];
    const declared = new Set(known);
    const suggestions = new SuggestionBudget();
    for (const stage of ast.stages) {
      for (const ref of stage.from.variables) {
        if (declared.has(ref.name)) continue;
        const suggestion = closest(ref.name, known, false, 2, suggestions);
        const data = { name: ref.name, suggestion: suggestion ?? '' };
        if (suggestion === undefined) {
          report({ range: ref.range, data });
          continue;
        }
        const edits = [{ range: ref.nameRange, newText: suggestion }];
        report({ range: ref.range, variant: 'suggest', data, fixes: [{ titleKey: 'replace', data, edits }] });
      }
    }
  },
};
