// UpgradeInBuild (hadolint DL3005, DL3035): `apt-get upgrade`/`dist-upgrade` or `zypper dist-upgrade` in a build.
// Default info: an opinion. It makes the image depend on the day it was built and bigger; a newer base image is
// the usual way to get fixed packages.
import { ourDocsUrl } from '../docs';
import { packageCommandRange, packageCommands, packageCommandText } from '../../shell/packages';
import type { Rule } from '../types';
import { defineCatalog } from '../../l10n';

const messages = defineCatalog(
  'rule.UpgradeInBuild',
  {
    summary: 'Upgrading every package in a build makes the image depend on the day it was built',
    message:
      '"{command}" upgrades every package of the base image, so the result depends on the day of the build and the layer grows. Prefer a newer base image (pull it again or raise its tag), and install only what you need.',
  },
  {
    summary: '빌드 중에 모든 패키지를 업그레이드하면 이미지가 빌드한 날짜에 따라 달라집니다',
    message:
      '"{command}"은(는) 베이스 이미지의 모든 패키지를 업그레이드하므로 결과가 빌드한 날짜에 따라 달라지고 레이어도 커집니다. 더 새로운 베이스 이미지를 쓰고(다시 받거나 태그를 올리세요) 필요한 것만 설치하세요.',
  },
);

const UPGRADES: Record<string, readonly string[]> = {
  'apt-get': ['upgrade', 'dist-upgrade', 'full-upgrade'],
  apt: ['upgrade', 'dist-upgrade', 'full-upgrade'],
  zypper: ['dist-upgrade', 'dup'],
};

export const UpgradeInBuild: Rule = {
  id: 'UpgradeInBuild',
  aliases: ['DL3005', 'DL3035'],
  defaultSeverity: 'info',
  buildCheck: false,
  messages,
  url: ourDocsUrl('UpgradeInBuild'),
  eachInstruction: {
    keywords: ['RUN'],
    check(_instruction, { snippets, report }) {
      for (const command of packageCommands(snippets)) {
        const name = command.view.name ?? '';
        const upgrades = Object.hasOwn(UPGRADES, name) ? UPGRADES[name] : undefined;
        if (!upgrades?.includes(command.sub.word.value ?? '')) continue;
        report({ range: packageCommandRange(command), data: { command: packageCommandText(command) } });
      }
    },
  },
};
