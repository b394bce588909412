// BuildKit UndefinedArgInFrom: FROM can only use ARGs declared before the first FROM (or the platform ARGs).
import { PLATFORM_ARGS } from '../builtins';
import { buildCheckUrl } from '../docs';
import { closest } from '../suggest';
import type { Rule } from '../types';

export const UndefinedArgInFrom: Rule = {
  id: 'UndefinedArgInFrom',
  defaultSeverity: 'warning',
  buildCheck: true,
  description: 'FROM command must use declared ARGs',
  url: buildCheckUrl('UndefinedArgInFrom'),
  check({ ast, facts, report }) {
    const known = [...facts.globalArgs.keys(), ...PLATFORM_ARGS];
    const declared = new Set(known);
    for (const stage of ast.stages) {
      for (const ref of stage.from.variables) {
        if (declared.has(ref.name)) continue;
        const suggestion = closest(ref.name, known, false);
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
