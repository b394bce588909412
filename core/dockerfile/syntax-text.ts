// An instruction's usage line from the table (`COPY [--from=<stage>] <src>… <dest>`) in the reader's language: the
// words in `<…>` and `"…"` and the bare `command arg…` of the shell forms are translated; keywords and flag names
// stay as written, since they are what the reader types.
import { defineCatalog, lookup, type Locale } from '../l10n';

const syntaxWords = defineCatalog(
  'syntaxWords',
  {
    platform: 'platform',
    image: 'image',
    tag: 'tag',
    name: 'name',
    command: 'command',
    arg: 'arg',
    key: 'key',
    value: 'value',
    port: 'port',
    protocol: 'protocol',
    user: 'user',
    group: 'group',
    perms: 'perms',
    src: 'src',
    dest: 'dest',
    stage: 'stage',
    default: 'default',
    signal: 'signal',
    duration: 'duration',
    INSTRUCTION: 'INSTRUCTION',
    executable: 'executable',
    parameters: 'parameters',
    path: 'path',
  },
  {
    platform: '플랫폼',
    image: '이미지',
    tag: '태그',
    name: '이름',
    command: '명령',
    arg: '인자',
    key: '키',
    value: '값',
    port: '포트',
    protocol: '프로토콜',
    user: '사용자',
    group: '그룹',
    perms: '권한',
    src: '소스',
    dest: '대상',
    stage: '스테이지',
    default: '기본값',
    signal: '시그널',
    duration: '시간',
    INSTRUCTION: '명령어',
    executable: '실행 파일',
    parameters: '매개변수',
    path: '경로',
  },
);

const WORDS = /(<|"\/?|(?<= )\/)(\w+)(?=>|"|$)|(?<= )(command|arg)(?=[ …])/g;

/** `syntax` with its placeholder words in `locale`. */
export function syntaxText(syntax: string, locale: Locale): string {
  if (locale === 'en') return syntax;
  return syntax.replace(WORDS, (_match, open: string | undefined, quoted: string | undefined, bare?: string) => {
    const word = quoted ?? bare ?? '';
    return `${open ?? ''}${lookup(syntaxWords, locale, word) ?? word}`;
  });
}
