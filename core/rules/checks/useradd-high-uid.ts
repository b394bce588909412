// UseraddHighUid (hadolint DL3046): `useradd -u` with a UID over 99999 and without -l. Default warning: useradd
// then writes a sparse /var/log/lastlog and faillog sized by the UID; layers store them in full, so the image grows
// by gigabytes and the build can seem to hang.
import { ourDocsUrl } from '../docs';
import { commandsOf, hasOption } from '../../shell/commands';
import type { ShellWord } from '../../shell';
import type { Rule } from '../types';
import { defineCatalog } from '../../l10n';
import { appendOption } from '../ranges';

const messages = defineCatalog(
  'rule.UseraddHighUid',
  {
    summary: 'useradd with a high UID and without -l writes huge log files into the image',
    message:
      'With UID {uid}, useradd writes /var/log/lastlog and faillog sized by the UID, which layers store in full: the image grows by gigabytes and the build can seem to hang. Add -l (--no-log-init).',
    'fix.add': 'Add -l',
  },
  {
    summary: '높은 UID로 -l 없이 useradd를 실행하면 거대한 로그 파일이 이미지에 들어갑니다',
    message:
      'UID가 {uid}이면 useradd가 UID 크기만큼의 /var/log/lastlog와 faillog를 만들고, 레이어는 이를 통째로 저장합니다. 이미지가 기가바이트 단위로 커지고 빌드가 멈춘 것처럼 보일 수 있습니다. -l(--no-log-init)을 붙이세요.',
    'fix.add': '-l 붙이기',
  },
);

const HIGH_UID = 99_999;

export const UseraddHighUid: Rule = {
  id: 'UseraddHighUid',
  aliases: ['DL3046'],
  defaultSeverity: 'warning',
  buildCheck: false,
  messages,
  url: ourDocsUrl('UseraddHighUid'),
  eachInstruction: {
    keywords: ['RUN'],
    check(_instruction, { snippets, report }) {
      for (const [snippet, view] of commandsOf(snippets)) {
        if (view.name !== 'useradd' || hasOption(view.args, 'l', ['no-log-init'])) continue;
        const uid = uidOf(view.args);
        if (uid === undefined || Number(uid) <= HIGH_UID) continue;
        const range = snippet.text.range(view.nameWord.start, view.nameWord.end);
        report({ range, data: { uid }, fixes: [appendOption(range, '-l')] });
      }
    },
  },
};

/** The literal value of `-u N`, `-uN`, `--uid N` or `--uid=N`. */
function uidOf(args: readonly ShellWord[]): string | undefined {
  for (let i = 0; i < args.length; i++) {
    const text = args[i]?.value ?? '';
    const joined = /^(?:-u|--uid=)(\d+)$/.exec(text)?.[1];
    if (joined) return joined;
    if (text === '-u' || text === '--uid')
      return /^\d+$/.test(args[i + 1]?.value ?? '') ? args[i + 1]?.value : undefined;
  }
  return undefined;
}
