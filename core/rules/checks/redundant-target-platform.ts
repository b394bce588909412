// BuildKit RedundantTargetPlatform: `FROM --platform=$TARGETPLATFORM` is what FROM does anyway.
import type { Range } from '../../parser/ast';
import { buildCheckUrl } from '../docs';
import { flagName } from '../facts';
import type { Facts } from '../facts';
import type { Rule } from '../types';

export const RedundantTargetPlatform: Rule = {
  id: 'RedundantTargetPlatform',
  defaultSeverity: 'warning',
  buildCheck: true,
  description: 'Setting platform to predefined $TARGETPLATFORM in FROM is redundant as this is the default behavior',
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
