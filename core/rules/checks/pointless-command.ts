// PointlessCommand (hadolint DL3001): ssh, vim, shutdown, service, ps, free, top, kill, mount or ifconfig in a build
// step. Default info: they rarely break a build, they just do nothing useful there: interactive tools have no
// terminal, and a build step has no init system, no services and no other processes that last past it.
import { ourDocsUrl } from '../docs';
import { commandsOf } from '../../shell/commands';
import type { Rule } from '../types';
import { defineCatalog } from '../../l10n';

const messages = defineCatalog(
  'rule.PointlessCommand',
  {
    summary: 'Interactive and system commands (ssh, vim, service, shutdown …) make no sense in a build step',
    message:
      '"{command}" inspects or changes a running system, but a build step runs alone in a fresh container and anything it starts ends with the step. Start services in the container\'s ENTRYPOINT or CMD, and leave diagnostics for "docker exec".',
    interactive:
      '"{command}" is an interactive program, but a build step has no terminal and nobody to type. Prepare files with COPY or non-interactive commands (sed, tee) instead.',
  },
  {
    summary: '대화형 명령과 시스템 명령(ssh, vim, service, shutdown 등)은 빌드 단계에서 의미가 없습니다',
    message:
      '"{command}"은(는) 실행 중인 시스템을 살펴보거나 바꾸는 명령인데, 빌드 단계는 새 컨테이너에서 홀로 실행되고 그 안에서 시작한 것은 단계와 함께 끝납니다. 서비스는 컨테이너의 ENTRYPOINT나 CMD에서 시작하고, 진단은 "docker exec"로 하세요.',
    interactive:
      '"{command}"은(는) 대화형 프로그램인데, 빌드 단계에는 터미널도 입력할 사람도 없습니다. 파일은 COPY나 비대화형 명령(sed, tee)으로 준비하세요.',
  },
);

const INTERACTIVE = new Set(['vim', 'top', 'ssh']);
const SYSTEM = new Set(['shutdown', 'service', 'ps', 'free', 'kill', 'mount', 'ifconfig']);

export const PointlessCommand: Rule = {
  id: 'PointlessCommand',
  aliases: ['DL3001'],
  defaultSeverity: 'info',
  buildCheck: false,
  messages,
  url: ourDocsUrl('PointlessCommand'),
  eachInstruction: {
    keywords: ['RUN'],
    check(_instruction, { snippets, report }) {
      for (const [snippet, view] of commandsOf(snippets)) {
        const name = view.name ?? '';
        if (!INTERACTIVE.has(name) && !SYSTEM.has(name)) continue;
        report({
          range: snippet.text.range(view.nameWord.start, view.nameWord.end),
          variant: INTERACTIVE.has(name) ? 'interactive' : undefined,
          data: { command: name },
        });
      }
    },
  },
};
