// AptInsteadOfAptGet (hadolint DL3027): `apt` in a build step. Default info: it works, but apt is made for people at
// a terminal: its output and options may change between releases and it warns that it has no stable interface.
import { ourDocsUrl } from '../docs';
import { commandsOf, subcommand } from '../../shell/commands';
import type { Rule } from '../types';
import { defineCatalog } from '../../l10n';

const messages = defineCatalog(
  'rule.AptInsteadOfAptGet',
  {
    summary: 'Use apt-get (or apt-cache) in Dockerfiles: apt is meant for people at a terminal',
    message:
      '"apt" is meant for people at a terminal and warns that its command line may change. In a Dockerfile use apt-get (or apt-cache for searching).',
    'fix.replace': 'Change to apt-get',
  },
  {
    summary: 'Dockerfile에서는 apt-get(또는 apt-cache)을 쓰세요. apt는 터미널에서 사람이 쓰는 도구입니다',
    message:
      '"apt"는 터미널에서 사람이 쓰도록 만든 도구라서 명령 줄 형식이 바뀔 수 있다고 경고합니다. Dockerfile에서는 apt-get(검색은 apt-cache)을 쓰세요.',
    'fix.replace': 'apt-get으로 바꾸기',
  },
);

/** apt subcommands apt-get has under the same name. */
const SAME_IN_APT_GET = new Set(['install', 'update', 'upgrade', 'dist-upgrade', 'remove', 'purge', 'autoremove']);

export const AptInsteadOfAptGet: Rule = {
  id: 'AptInsteadOfAptGet',
  aliases: ['DL3027'],
  defaultSeverity: 'info',
  buildCheck: false,
  messages,
  url: ourDocsUrl('AptInsteadOfAptGet'),
  eachInstruction: {
    keywords: ['RUN'],
    check(_instruction, { snippets, report }) {
      for (const [snippet, view] of commandsOf(snippets)) {
        if (view.nameWord.value !== 'apt') continue;
        const range = snippet.text.range(view.nameWord.start, view.nameWord.end);
        const sub = subcommand(view.args, { short: 'oct' })?.word.value ?? '';
        const fixes = SAME_IN_APT_GET.has(sub) ? [{ titleKey: 'replace', edits: [{ range, newText: 'apt-get' }] }] : [];
        report({ range, fixes });
      }
    },
  },
};
