// WgetWithoutProgress (hadolint DL3047): wget without a quieter progress display. Default info: the build works, but
// without a terminal wget prints a progress line every few kilobytes, flooding the build log on big downloads.
import { ourDocsUrl } from '../docs';
import { commandsOf } from '../../shell/commands';
import type { Rule } from '../types';
import { defineCatalog } from '../../l10n';
import { appendOption } from '../ranges';

const messages = defineCatalog(
  'rule.WgetWithoutProgress',
  {
    summary: 'wget without --progress or -q floods the build log',
    message:
      'Without a terminal, wget prints its progress every few kilobytes, which floods the build log for big files. Add --progress=dot:giga (or -q, -nv).',
    busybox:
      "wget prints its progress while it downloads, which clutters the build log. This image's busybox wget has no --progress option: add -q.",
    'fix.add': 'Add {option}',
  },
  {
    summary: '--progress나 -q 없는 wget은 빌드 로그를 가득 채웁니다',
    message:
      '터미널이 없으면 wget은 몇 킬로바이트마다 진행 상황을 출력해, 큰 파일을 받을 때 빌드 로그를 가득 채웁니다. --progress=dot:giga(또는 -q, -nv)를 붙이세요.',
    busybox:
      'wget이 내려받는 동안 진행 상황을 출력해 빌드 로그가 어지러워집니다. 이 이미지의 busybox wget에는 --progress 옵션이 없으니 -q를 붙이세요.',
    'fix.add': '{option} 붙이기',
  },
);

/** -q (alone or in a cluster like -qO-), -nv, --progress=…, or output sent to a log file. */
const QUIET = /^(-[a-zA-Z]*q|--quiet$|-nv$|--no-verbose$|--progress|-o$|--output-file|-a$|--append-output)/;

export const WgetWithoutProgress: Rule = {
  id: 'WgetWithoutProgress',
  aliases: ['DL3047'],
  defaultSeverity: 'info',
  buildCheck: false,
  messages,
  url: ourDocsUrl('WgetWithoutProgress'),
  eachInstruction: {
    keywords: ['RUN'],
    check(_instruction, { snippets, report }) {
      for (const [snippet, view] of commandsOf(snippets)) {
        if (view.name !== 'wget' || view.args.some((arg) => QUIET.test(arg.value ?? arg.text))) continue;
        const busybox = snippet.shell.ash;
        const option = busybox ? '-q' : '--progress=dot:giga';
        const range = snippet.text.range(view.nameWord.start, view.nameWord.end);
        const variant = busybox ? 'busybox' : undefined;
        report({ range, variant, data: { option }, fixes: [appendOption(range, option, 'add', { option })] });
      }
    },
  },
};
