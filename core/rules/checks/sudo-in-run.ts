// SudoInRun (hadolint DL3004): `sudo` in a build step. Default warning: most images have no sudo ("sudo: not found"
// fails the build), and where it exists it may ask for a password nobody can type. Build steps already run as
// root unless USER says otherwise; switch with USER root … USER app instead.
import { ourDocsUrl } from '../docs';

import type { Rule } from '../types';
import { defineCatalog } from '../../l10n';

const messages = defineCatalog(
  'rule.SudoInRun',
  {
    summary: 'Do not use sudo in build steps: they run as root already, and sudo is rarely installed',
    message:
      'Build steps run as root unless a USER instruction says otherwise, and most images have no sudo, so "sudo" fails or waits for a password. Remove it, or switch users with USER root before this RUN and USER back after it.',
    'fix.remove': 'Remove sudo',
  },
  {
    summary: '빌드 단계에서 sudo를 쓰지 마세요. 이미 root로 실행되고 sudo는 설치되어 있지 않은 경우가 많습니다',
    message:
      '빌드 단계는 USER 명령어로 바꾸지 않는 한 root로 실행되고, 대부분의 이미지에는 sudo가 없어 "sudo"는 실패하거나 비밀번호를 기다립니다. sudo를 지우거나, 이 RUN 앞에서 USER root로 바꾸고 뒤에서 다시 USER로 돌려놓으세요.',
    'fix.remove': 'sudo 지우기',
  },
);

export const SudoInRun: Rule = {
  id: 'SudoInRun',
  aliases: ['DL3004'],
  defaultSeverity: 'warning',
  buildCheck: false,
  messages,
  url: ourDocsUrl('SudoInRun'),
  eachInstruction: {
    keywords: ['RUN'],
    check(_instruction, { snippets, report }) {
      for (const snippet of snippets) {
        for (const command of snippet.script.commands) {
          if (command.name.value !== 'sudo') continue;
          const range = snippet.text.range(command.name.start, command.name.end);
          const next = command.args[0];
          const removable = next && !next.text.startsWith('-');
          const removal = removable
            ? { range: snippet.text.range(command.name.start, next.start), newText: '' }
            : undefined;
          report({ range, fixes: removal ? [{ titleKey: 'remove', edits: [removal] }] : [] });
        }
      }
    },
  },
};
