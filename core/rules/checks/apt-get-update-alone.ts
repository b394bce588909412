// AptGetUpdateAlone: a RUN with `apt-get update` but no install. Default warning: the build cache keeps that layer,
// so a later RUN that installs (or one edited later) uses package lists from the day the cache was made; once the
// mirrors move on, the install fails with "404 Not Found" or "Unable to locate package".
import { ourDocsUrl } from '../docs';
import { packageCommandRange, packageCommands, packageCommandText, type PackageCommand } from '../../shell/packages';
import type { Rule } from '../types';
import { defineCatalog } from '../../l10n';

const messages = defineCatalog(
  'rule.AptGetUpdateAlone',
  {
    summary: 'apt-get update in a RUN of its own leaves later installs with stale package lists',
    message:
      '"{command}" runs in a RUN of its own, so the build cache keeps its result: later installs then use package lists that go stale and fail once the mirrors change. Run update and install in one RUN: "apt-get update && apt-get install -y …".',
  },
  {
    summary: 'apt-get update를 따로 RUN으로 실행하면 이후 설치가 오래된 패키지 목록을 씁니다',
    message:
      '"{command}"이(가) 따로 RUN에서 실행되어 빌드 캐시가 그 결과를 그대로 재사용합니다. 그러면 이후 설치는 오래된 패키지 목록을 쓰게 되고 미러가 바뀌면 실패합니다. update와 install을 한 RUN에서 실행하세요: "apt-get update && apt-get install -y …".',
  },
);

export const AptGetUpdateAlone: Rule = {
  id: 'AptGetUpdateAlone',
  defaultSeverity: 'warning',
  buildCheck: false,
  messages,
  url: ourDocsUrl('AptGetUpdateAlone'),
  eachInstruction: {
    keywords: ['RUN'],
    check(_instruction, { snippets, report }) {
      let update: PackageCommand | undefined;
      let installs = false;
      for (const command of packageCommands(snippets)) {
        const { manager, sub } = command;
        if (!manager.names.includes('apt-get')) continue;
        if (sub.word.value === 'update') update ??= command;
        else if (manager.installs.includes(sub.word.value ?? '')) installs = true;
      }
      if (update && !installs)
        report({ range: packageCommandRange(update), data: { command: packageCommandText(update) } });
    },
  },
};
