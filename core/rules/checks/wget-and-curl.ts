// WgetAndCurl (hadolint DL4001): both wget and curl used for downloads. Default info: an opinion about size; each
// tool (and its libraries) must be installed, where one of them would do.
import { ourDocsUrl } from '../docs';
import { commandsOf } from '../../shell/commands';
import type { Rule } from '../types';
import { defineCatalog } from '../../l10n';

const messages = defineCatalog(
  'rule.WgetAndCurl',
  {
    summary: 'Use either wget or curl, not both',
    message:
      'This Dockerfile downloads with {other} already; using {tool} too means installing both. Pick one of them for every download.',
  },
  {
    summary: 'wget과 curl 중 하나만 쓰세요',
    message:
      '이 Dockerfile은 이미 {other}(으)로 내려받습니다. {tool}까지 쓰면 둘 다 설치해야 합니다. 모든 다운로드에 둘 중 하나만 쓰세요.',
  },
);

export const WgetAndCurl: Rule = {
  id: 'WgetAndCurl',
  aliases: ['DL4001'],
  defaultSeverity: 'info',
  buildCheck: false,
  messages,
  url: ourDocsUrl('WgetAndCurl'),
  eachInstruction: {
    keywords: ['RUN'],
    check(_instruction, { snippets, report }) {
      for (const [snippet, view] of commandsOf(snippets)) {
        const tool = view.name;
        if (tool !== 'wget' && tool !== 'curl') continue;
        const range = snippet.text.range(view.nameWord.start, view.nameWord.end);
        report({ range, data: { tool, other: tool === 'wget' ? 'curl' : 'wget' } });
      }
    },
    /** The uses of the tool the file does not use first. */
    select(uses) {
      const first = uses[0]?.data?.tool;
      return uses.filter((use) => use.data?.tool !== first);
    },
  },
};
