// BuildKit ExposeInvalidFormat: EXPOSE takes container ports only, not `ip:host:container` mappings.
import { buildCheckUrl } from '../docs';
import type { Rule } from '../types';
import { defineCatalog } from '../../l10n';

const messages = defineCatalog(
  'rule.ExposeInvalidFormat',
  {
    summary:
      'IP address and host-port mapping should not be used in EXPOSE instruction. This will become an error in a future release',
    message:
      'EXPOSE takes the container port only, not an IP address or host port ("{port}"). Publish host ports when running the container (docker run -p). This will become an error.',
    'fix.containerPort': 'Change to {container}',
  },
  {
    summary: 'EXPOSE 명령어에는 IP 주소나 호스트 포트 매핑을 쓰면 안 됩니다. 앞으로는 오류가 됩니다',
    message:
      'EXPOSE에는 컨테이너 포트만 씁니다. IP 주소나 호스트 포트("{port}")은(는) 쓰지 않습니다. 호스트 포트는 컨테이너를 실행할 때 지정하세요(docker run -p). 앞으로는 오류가 됩니다.',
    'fix.containerPort': '{container}(으)로 바꾸기',
  },
);

export const ExposeInvalidFormat: Rule = {
  id: 'ExposeInvalidFormat',
  defaultSeverity: 'warning',
  buildCheck: true,
  messages,
  url: buildCheckUrl('ExposeInvalidFormat'),
  eachInstruction: {
    keywords: ['EXPOSE'],
    check(instruction, { report }) {
      for (const word of instruction.args) {
        if (!word.value.includes(':') || word.value.includes('$')) continue;
        const port = word.value.slice(word.value.lastIndexOf(':') + 1);
        const data = { port: word.value, container: port };
        const fixes =
          port === '' ? [] : [{ titleKey: 'containerPort', data, edits: [{ range: word.range, newText: port }] }];
        report({ range: word.range, data, fixes });
      }
    },
  },
};
