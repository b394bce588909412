// BuildKit FromPlatformFlagConstDisallowed: `FROM --platform=linux/amd64` pins one platform for every build.
import { buildCheckUrl } from '../docs';
import { flagName } from '../facts';
import type { Rule } from '../types';
import { defineCatalog } from '../../l10n';

const messages = defineCatalog(
  'rule.FromPlatformFlagConstDisallowed',
  {
    summary: 'FROM --platform flag should not use a constant value',
    message:
      'FROM --platform={value} always uses that one platform, even when you build for another. Use a variable like $BUILDPLATFORM, or remove the option.',
  },
  {
    summary: 'FROM --platform 옵션에는 고정된 값을 쓰지 않는 것이 좋습니다',
    message:
      'FROM --platform={value}은(는) 다른 플랫폼용으로 빌드할 때도 항상 그 플랫폼 하나만 씁니다. $BUILDPLATFORM 같은 변수를 쓰거나 이 옵션을 지우세요.',
  },
);

export const FromPlatformFlagConstDisallowed: Rule = {
  id: 'FromPlatformFlagConstDisallowed',
  aliases: ['DL3029'],
  defaultSeverity: 'warning',
  buildCheck: true,
  messages,
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
