// ShellCheck: what the ShellCheck program (when installed, and never in an untrusted workspace) finds in each shell
// snippet, placed on the Dockerfile's own lines and columns. Default warning, whatever level ShellCheck gives: its
// findings are about scripts that misbehave (unquoted expansions, unreachable code), worth a look but not proof
// that the build fails. Each finding links to ShellCheck's page for its code.
import type { Rule } from '../types';
import { ourDocsUrl } from '../docs';
import { defineCatalog } from '../../l10n';

const messages = defineCatalog(
  'rule.ShellCheck',
  {
    summary: 'ShellCheck, when installed, checks every shell snippet',
    message: '{code}: {message} (ShellCheck)',
  },
  {
    summary: 'ShellCheck가 설치되어 있으면 모든 셸 코드 조각을 검사합니다',
    message: '{code}: {message} (ShellCheck 검사 결과입니다)',
  },
);

/** ShellCheck's wiki: a page per code, `…/wiki/SC2086`. */
const WIKI = 'https://www.shellcheck.net/wiki/';

export const ShellCheck: Rule = {
  id: 'ShellCheck',
  defaultSeverity: 'warning',
  buildCheck: false,
  messages,
  url: ourDocsUrl('ShellCheck'),
  check({ shell, report }) {
    for (const note of shell()?.shellcheck ?? []) {
      const code = `SC${note.code}`;
      report({ range: note.range, data: { code, message: note.message }, url: `${WIKI}${code}`, externalCode: code });
    }
  },
};
