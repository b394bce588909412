// UnpinnedSystemPackage (hadolint DL3008, DL3018, DL3033, DL3037, DL3041): apt, apk, yum, dnf or zypper installing
// packages without versions. Default info: an opinion. Pins make builds repeatable, but distributions drop old
// versions from their mirrors, so exact pins also break builds; many official images do not pin.
import { ourDocsUrl } from '../docs';
import { packageCommandRange, packageCommands, packageCommandText, packageOperands } from '../../shell/packages';
import type { Rule } from '../types';
import { defineCatalog } from '../../l10n';

const messages = defineCatalog(
  'rule.UnpinnedSystemPackage',
  {
    summary: 'System packages installed without versions can change from one build to the next',
    message:
      '"{command}" installs {packages} without a version, so each build gets whatever version is current then. Pin versions ({pinned}<version>) when you need repeatable builds.',
  },
  {
    summary: '버전 없이 설치한 시스템 패키지는 빌드할 때마다 달라질 수 있습니다',
    message:
      '"{command}"이(가) {packages}을(를) 버전 없이 설치하므로 빌드할 때마다 그때의 최신 버전이 들어옵니다. 빌드를 반복 가능하게 하려면 버전을 고정하세요({pinned}<버전>).',
  },
);

/** How each tool writes a version: `name=version`, but `name-version` for yum and dnf. */
const DASH_VERSIONS = new Set(['yum', 'dnf', 'microdnf', 'tdnf']);

export const UnpinnedSystemPackage: Rule = {
  id: 'UnpinnedSystemPackage',
  aliases: ['DL3008', 'DL3018', 'DL3033', 'DL3037', 'DL3041'],
  defaultSeverity: 'info',
  buildCheck: false,
  messages,
  url: ourDocsUrl('UnpinnedSystemPackage'),
  eachInstruction: {
    keywords: ['RUN'],
    check(_instruction, { snippets, report }) {
      for (const command of packageCommands(snippets)) {
        const { manager, sub, view } = command;
        if (!manager.adds.includes(sub.word.value ?? '')) continue;
        const unpinned = packageOperands(sub.rest, manager).filter(
          (word) => !word.text.includes('$') && !manager.pinned(word.value ?? word.text),
        );
        if (unpinned.length === 0) continue;
        report({
          range: packageCommandRange(command),
          data: {
            command: packageCommandText(command),
            packages: listed(unpinned.map((word) => word.text)),
            pinned: `${unpinned[0]?.text ?? ''}${DASH_VERSIONS.has(view.name ?? '') ? '-' : '='}`,
          },
        });
      }
    },
  },
};

/** `a, b, c` and at most five names. */
export function listed(names: string[]): string {
  return names.length > 5 ? `${names.slice(0, 5).join(', ')}, …` : names.join(', ');
}
