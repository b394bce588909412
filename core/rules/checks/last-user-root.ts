// LastUserRoot (hadolint DL3002): the image's last USER is root. Default warning: the container then runs as root,
// so anything that breaks out of the program has full control of the container; switching to root for a step and
// forgetting to switch back is the usual cause. Images with no USER at all are not flagged.
import { ourDocsUrl } from '../docs';
import type { Instruction } from '../../parser/ast';
import type { Rule } from '../types';
import { defineCatalog } from '../../l10n';

const messages = defineCatalog(
  'rule.LastUserRoot',
  {
    summary: 'The image should not end with USER root',
    message:
      'The image ends with USER {user}, so its containers run as root and anything that breaks out of your program controls the whole container. Switch back to an unprivileged user (USER app) after the steps that need root.',
  },
  {
    summary: '이미지가 USER root로 끝나지 않아야 합니다',
    message:
      '이미지가 USER {user}(으)로 끝나 컨테이너가 root로 실행되고, 프로그램을 뚫고 나온 공격은 컨테이너 전체를 다룰 수 있습니다. root가 필요한 단계 뒤에는 권한 없는 사용자로 돌아가세요(USER app).',
  },
);

export const LastUserRoot: Rule = {
  id: 'LastUserRoot',
  aliases: ['DL3002'],
  defaultSeverity: 'warning',
  buildCheck: false,
  messages,
  url: ourDocsUrl('LastUserRoot'),
  check({ ast, facts, report }) {
    const shipped = facts.shippedStages;
    let last: Instruction | undefined;
    for (const stage of ast.stages) {
      if (!shipped.has(stage)) continue;
      for (const instruction of stage.instructions) if (instruction.keyword === 'USER') last = instruction;
    }
    const user = last?.argsText.trim() ?? '';
    if (!last || !/^(root|0)(:.*)?$/.test(user)) return;
    report({ range: last.argsRange ?? last.keywordRange, data: { user } });
  },
};
