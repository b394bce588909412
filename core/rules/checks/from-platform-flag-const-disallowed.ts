// BuildKit FromPlatformFlagConstDisallowed: `FROM --platform=linux/amd64` pins one platform for every build.
import { buildCheckUrl } from '../docs';
import { flagName } from '../facts';
import type { Rule } from '../types';

export const FromPlatformFlagConstDisallowed: Rule = {
  id: 'FromPlatformFlagConstDisallowed',
  defaultSeverity: 'warning',
  buildCheck: true,
  description: 'FROM --platform flag should not use a constant value',
  url: buildCheckUrl('FromPlatformFlagConstDisallowed'),
  check({ ast, report }) {
    for (const stage of ast.stages) {
      for (const flag of stage.from.flags) {
        const value = flag.value;
        if (flagName(flag) !== 'platform' || !value || value.includes('$')) continue;
        const parts = value
          .toLowerCase()
          .split('/')
          .filter((part) => part !== '');
        const stageName = stage.name?.value.toLowerCase() ?? '';
        if (parts.length === 0 || parts.some((part) => stageName.includes(part))) continue;
        report({ range: flag.valueRange ?? flag.range, data: { value } });
      }
    }
  },
};
