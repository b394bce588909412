// PackageCacheNotCleaned (hadolint DL3009, DL3032, DL3036, DL3040): a RUN that fetches apt lists or installs with
// yum, dnf or zypper and leaves their caches in the layer. Default info: only size, and only in the stages that
// become the image (the last one and those it builds on); a later RUN cannot shrink a layer already written.
import { ourDocsUrl } from '../docs';
import { isShipped } from '../facts';
import {
  cleansCache,
  mountsCache,
  packageCommandRange,
  packageCommands,
  packageCommandText,
  type SystemPackageManager,
} from '../../shell/packages';
import type { AnalyzedSnippet } from '../../shell';
import type { FixProposal, Rule } from '../types';
import { defineCatalog } from '../../l10n';

const messages = defineCatalog(
  'rule.PackageCacheNotCleaned',
  {
    summary: 'Package lists and caches fetched in a RUN stay in its layer unless the same RUN removes them',
    message:
      '"{command}" leaves its package cache in this layer, which makes the image bigger; removing it in a later RUN does not help. End this RUN with "{cleanup}".',
    'fix.cleanup': 'Add && {cleanup}',
  },
  {
    summary: 'RUN에서 받은 패키지 목록과 캐시는 같은 RUN에서 지우지 않으면 레이어에 남습니다',
    message:
      '"{command}"이(가) 패키지 캐시를 이 레이어에 남겨 이미지가 커집니다. 나중 RUN에서 지워도 소용없습니다. 이 RUN 끝에 "{cleanup}"을(를) 붙이세요.',
    'fix.cleanup': '&& {cleanup} 붙이기',
  },
);

export const PackageCacheNotCleaned: Rule = {
  id: 'PackageCacheNotCleaned',
  aliases: ['DL3009', 'DL3032', 'DL3036', 'DL3040'],
  defaultSeverity: 'info',
  buildCheck: false,
  messages,
  url: ourDocsUrl('PackageCacheNotCleaned'),
  eachInstruction: {
    keywords: ['RUN'],
    check(instruction, { snippets, report }) {
      const commands = packageCommands(snippets);
      if (commands.length === 0) return;
      const first = snippets[0];
      const reported = new Set<SystemPackageManager>();
      for (const command of commands) {
        const { manager, sub, view } = command;
        if (reported.has(manager) || !fillsCache(manager, sub.word.value)) continue;
        if (cleansCache(snippets, manager) || mountsCache(instruction.flags, manager.cache.paths)) continue;
        reported.add(manager);
        const cleanup = cleanupFor(manager, view.name ?? '');
        const fix = first && appendFix(first, cleanup);
        report({
          range: packageCommandRange(command),
          data: { command: packageCommandText(command), cleanup },
          fixes: fix ? [fix] : [],
        });
      }
    },
    holds: isShipped,
  },
};

/** apt fills its lists with `update`; yum, dnf and zypper fill their caches when they install. apk has ApkNoCache. */
function fillsCache(manager: SystemPackageManager, subcommand: string | undefined): boolean {
  if (manager.names.includes('apk')) return false;
  if (manager.names.includes('apt-get')) return subcommand === 'update';
  return manager.adds.includes(subcommand ?? '');
}

function cleanupFor(manager: SystemPackageManager, name: string): string {
  if (manager.names.includes('apt-get')) return 'rm -rf /var/lib/apt/lists/*';
  return name === 'zypper' ? 'zypper clean --all' : `${name} clean all`;
}

/** `&& cleanup` at the end of a one-command-line RUN (not one with here-documents). */
function appendFix(snippet: AnalyzedSnippet, cleanup: string): FixProposal | undefined {
  if (snippet.kind !== 'run' || snippet.heredocs.length > 0) return undefined;
  const text = snippet.text.text;
  const end = snippet.text.range(text.length - 1, text.length).end;
  return { titleKey: 'cleanup', data: { cleanup }, edits: [{ range: { start: end, end }, newText: ` && ${cleanup}` }] };
}
