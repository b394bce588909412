// `# dockerfile-studio ignore=RuleA,RuleB` above an instruction turns those rules off there (core/rules/suppression.ts,
// which reports here the ids it does not know, so a typo never silently ignores nothing; a hadolint code with no rule
// of ours gets its own wording).
import { ourDocsUrl } from '../docs';
import type { Rule } from '../types';
import { defineCatalog } from '../../l10n';

const messages = defineCatalog(
  'rule.InvalidIgnoreComment',
  {
    summary: 'An ignore comment names only existing rules',
    message:
      '"{name}" is not a rule, so this comment ignores nothing for it. Use a rule id as it appears in the Problems panel (see "dockerfile-studio rules"), or a bare "# dockerfile-studio ignore" to ignore every rule on the next instruction.',
    suggest: '"{name}" is not a rule, so this comment ignores nothing for it. Did you mean {suggestion}?',
    hadolintOnly:
      'hadolint\'s {name} has no rule here, so this comment ignores nothing for it. "dockerfile-studio rules" lists the hadolint codes each rule covers.',
    'fix.replace': 'Change to {suggestion}',
  },
  {
    summary: '무시 주석에는 있는 규칙만 써야 합니다',
    message:
      '"{name}"은(는) 규칙이 아니어서 이 주석은 아무것도 무시하지 않습니다. 문제 패널에 보이는 규칙 id를 쓰거나("dockerfile-studio rules" 참고), 다음 명령어의 모든 규칙을 무시하려면 "# dockerfile-studio ignore"만 쓰세요.',
    suggest:
      '"{name}"은(는) 규칙이 아니어서 이 주석은 그 규칙을 무시하지 않습니다. {suggestion}을(를) 쓰려던 것인가요?',
    hadolintOnly:
      'hadolint의 {name}에 해당하는 규칙이 여기에는 없어서 이 주석은 아무것도 무시하지 않습니다. 각 규칙이 대신하는 hadolint 코드는 "dockerfile-studio rules"로 볼 수 있습니다.',
    'fix.replace': '{suggestion}(으)로 바꾸기',
  },
);

export const InvalidIgnoreComment: Rule = {
  id: 'InvalidIgnoreComment',
  defaultSeverity: 'warning',
  buildCheck: false,
  messages,
  url: ourDocsUrl('InvalidIgnoreComment'),
};
