// ApkNoCache (hadolint DL3019): `apk add` without --no-cache in a stage that becomes the image. Default info: only
// size; skipped when the RUN removes /var/cache/apk or mounts a cache there.
import { ourDocsUrl } from '../docs';
import { isShipped } from '../facts';
import { hasOption } from '../../shell/commands';
import { cleansCache, mountsCache, packageCommandRange, packageCommands } from '../../shell/packages';
import type { Rule } from '../types';
import { defineCatalog } from '../../l10n';
import { appendOption } from '../ranges';

const messages = defineCatalog(
  'rule.ApkNoCache',
  {
    summary: 'apk add keeps its package index in the image unless given --no-cache',
    message:
      '"apk add" keeps the package index it downloads in this layer. Use "apk add --no-cache", which also makes "apk update" and removing /var/cache/apk unnecessary.',
    'fix.add': 'Add --no-cache',
  },
  {
    summary: 'apk add는 --no-cache가 없으면 패키지 색인을 이미지에 남깁니다',
    message:
      '"apk add"가 내려받은 패키지 색인이 이 레이어에 남습니다. "apk add --no-cache"를 쓰세요. 그러면 "apk update"나 /var/cache/apk 삭제도 필요 없습니다.',
    'fix.add': '--no-cache 붙이기',
  },
);

export const ApkNoCache: Rule = {
  id: 'ApkNoCache',
  aliases: ['DL3019'],
  defaultSeverity: 'info',
  buildCheck: false,
  messages,
  url: ourDocsUrl('ApkNoCache'),
  eachInstruction: {
    keywords: ['RUN'],
    check(instruction, { snippets, report }) {
      for (const command of packageCommands(snippets)) {
        const { manager, sub, view } = command;
        if (!manager.names.includes('apk') || sub.word.value !== 'add') continue;
        if (hasOption(view.args, '', ['no-cache']) || cleansCache(snippets, manager)) continue;
        if (mountsCache(instruction.flags, manager.cache.paths)) continue;
        const range = packageCommandRange(command);
        report({ range, fixes: [appendOption(range, '--no-cache')] });
      }
    },
    holds: isShipped,
  },
};
