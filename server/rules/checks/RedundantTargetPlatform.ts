// BuildKit RedundantTargetPlatform: `FROM --platform=$TARGETPLATFORM` is what FROM does anyway.
import type { Range } from '../../parser/ast';
import { buildCheckUrl } from '../docs';
import type { Rule } from '../types';

export const RedundantTargetPlatform: Rule = {
  id: 'RedundantTargetPlatform',
  defaultSeverity: 'warning',
  buildCheck: true,
  description: 'Setting platform to predefined $TARGETPLATFORM in FROM is redundant as this is the default behavior',
  url: buildCheckUrl('RedundantTargetPlatform'),
  check({ ast, report }) {
    for (const stage of ast.stages) {
      for (const flag of stage.from.flags) {
        if (flag.name.replace(/^--/, '') !== 'platform') continue;
        if (flag.value !== '$TARGETPLATFORM' && flag.value !== '${TARGETPLATFORM}') continue;
        const data = { value: flag.value };
        const edits = [{ range: flagWithSpace(flag.range), newText: '' }];
        report({ range: flag.range, data, fixes: [{ titleKey: 'remove', data, edits }] });
      }
    }
  },
};

/** The flag and the one space after it. */
function flagWithSpace(range: Range): Range {
  return { start: range.start, end: { line: range.end.line, character: range.end.character + 1 } };
}
