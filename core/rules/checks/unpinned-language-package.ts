// UnpinnedLanguagePackage (hadolint DL3013, DL3016, DL3028, DL3062): pip, npm, gem or `go install` naming packages
// without versions. Default info: an opinion about repeatable builds; installing from a lock or requirements file
// (`pip install -r`, `npm ci`) is not flagged.
import { ourDocsUrl } from '../docs';
import { commandsOf } from '../../shell/commands';
import { languageInstall } from '../../shell/language-packages';
import { listed } from './unpinned-system-package';
import type { Rule } from '../types';
import { defineCatalog } from '../../l10n';

const messages = defineCatalog(
  'rule.UnpinnedLanguagePackage',
  {
    summary: 'Packages installed without versions can change from one build to the next',
    message:
      'This installs {packages} without a version, so each build gets whatever is newest then. Pin versions ({pinned}<version>), or install from a lock or requirements file.',
  },
  {
    summary: '버전 없이 설치한 패키지는 빌드할 때마다 달라질 수 있습니다',
    message:
      '{packages}을(를) 버전 없이 설치하므로 빌드할 때마다 그때의 최신 버전이 들어옵니다. 버전을 고정하거나({pinned}<버전>) 잠금 파일이나 requirements 파일로 설치하세요.',
  },
);

/** How each tool writes a version after the package name. */
const SEPARATORS = { pip: '==', npm: '@', gem: ':', go: '@' };

export const UnpinnedLanguagePackage: Rule = {
  id: 'UnpinnedLanguagePackage',
  aliases: ['DL3013', 'DL3016', 'DL3028', 'DL3062'],
  defaultSeverity: 'info',
  buildCheck: false,
  messages,
  url: ourDocsUrl('UnpinnedLanguagePackage'),
  eachInstruction: {
    keywords: ['RUN'],
    check(_instruction, { snippets, report }) {
      for (const [snippet, view] of commandsOf(snippets)) {
        const install = languageInstall(view);
        if (!install || install.unpinned.length === 0) continue;
        report({
          range: snippet.text.range(view.nameWord.start, install.subcommand.end),
          data: {
            packages: listed(install.unpinned.map((word) => word.text)),
            pinned: `${install.unpinned[0]?.text ?? ''}${SEPARATORS[install.tool]}`,
          },
        });
      }
    },
  },
};
