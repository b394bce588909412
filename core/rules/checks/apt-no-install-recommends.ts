// AptNoInstallRecommends (hadolint DL3015): `apt-get install` without --no-install-recommends. Default info: an
// opinion about image size; the recommended packages install fine, they are just often not needed.
import { ourDocsUrl } from '../docs';
import { hasOption } from '../../shell/commands';
import { packageCommandRange, packageCommands, packageCommandText } from '../../shell/packages';
import type { Rule } from '../types';
import { defineCatalog } from '../../l10n';
import { appendOption } from '../ranges';

const messages = defineCatalog(
  'rule.AptNoInstallRecommends',
  {
    summary: 'apt-get install pulls in recommended packages unless told not to',
    message:
      '"{command}" also installs every package the ones you named recommend, which makes the image bigger. Add --no-install-recommends and name what you need.',
    'fix.add': 'Add --no-install-recommends',
  },
  {
    summary: 'apt-get install은 따로 말하지 않으면 추천 패키지까지 설치합니다',
    message:
      '"{command}"은(는) 지정한 패키지가 추천하는 패키지까지 모두 설치해 이미지가 커집니다. --no-install-recommends를 붙이고 필요한 것만 지정하세요.',
    'fix.add': '--no-install-recommends 붙이기',
  },
);

export const AptNoInstallRecommends: Rule = {
  id: 'AptNoInstallRecommends',
  aliases: ['DL3015'],
  defaultSeverity: 'info',
  buildCheck: false,
  messages,
  url: ourDocsUrl('AptNoInstallRecommends'),
  eachInstruction: {
    keywords: ['RUN'],
    check(_instruction, { snippets, report }) {
      for (const command of packageCommands(snippets)) {
        const { manager, sub, view } = command;
        if (!manager.names.includes('apt-get') || sub.word.value !== 'install') continue;
        if (hasOption(view.args, '', ['no-install-recommends'])) continue;
        if (view.args.some((arg) => /^APT::Install-Recommends=(0|false|no)$/i.test(arg.value ?? ''))) continue;
        const range = packageCommandRange(command);
        const data = { command: packageCommandText(command) };
        report({ range, data, fixes: [appendOption(range, '--no-install-recommends')] });
      }
    },
  },
};
