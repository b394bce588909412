// BuildKit RedundantTargetPlatform: `FROM --platform=$TARGETPLATFORM` is what FROM does anyway.
import type { Range } from '../../parser/ast';
import { buildCheckUrl } from '../docs';
import { flagName } from '../facts';
import type { Facts } from '../facts';
import type { Rule } from '../types';
import { defineCatalog } from '../../l10n';

const messages = defineCatalog(
  'rule.RedundantTargetPlatform',
  {
    summary: 'Setting platform to predefined $TARGETPLATFORM in FROM is redundant as this is the default behavior',
    message: 'FROM --platform={value} is redundant: FROM already uses the target platform. Remove the option.',
    'fix.remove': 'Remove --platform={value}',
  },
  {
    summary: 'FROM에 $TARGETPLATFORM을 지정하는 것은 기본 동작과 같아서 필요 없습니다',
    message: 'FROM --platform={value}은(는) 필요 없습니다. FROM은 원래 대상 플랫폼을 씁니다. 이 옵션을 지우세요.',
    'fix.remove': '--platform={value} 지우기',
  },
);

export const RedundantTargetPlatform: Rule = {
  id: 'RedundantTargetPlatform',
  defaultSeverity: 'warning',
  buildCheck: true,
  messages,
  url: buildCheckUrl('RedundantTargetPlatform'),
  check({ ast, facts, report }) {
    for (const stage of ast.stages) {
      for (const flag of stage.from.flags) {
        if (flagName(flag) !== 'platform') continue;
        if (flag.value !== '$TARGETPLATFORM' && flag.value !== '${TARGETPLATFORM}') continue;
        const data = { value: flag.value };
        const edits = [{ range: flagWithSpace(flag.range, facts), newText: '' }];
        report({ range: flag.range, data, fixes: [{ titleKey: 'remove', data, edits }] });
      }
    }
  },
};

/** The flag and the space after it, when there is one. */
function flagWithSpace(range: Range, facts: Facts): Range {
  const next = facts.lines?.[range.end.line]?.[range.end.character];
  if (next !== ' ' && next !== '\t') return range;
  return { start: range.start, end: { line: range.end.line, character: range.end.character + 1 } };
}
