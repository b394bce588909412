// CdInsteadOfWorkdir (hadolint DL3003): `cd` in a RUN. Default warning: each RUN starts a new shell in the WORKDIR,
// so a `cd` never reaches the next instruction; a RUN that ends with it did nothing at all. WORKDIR says where
// commands run once for every later instruction. A `cd` inside `( … )` or `$( … )` is left alone.
import { ourDocsUrl } from '../docs';
import { buildSnippets, commandsOf } from '../../shell/commands';
import type { AnalyzedSnippet, ShellCommand } from '../../shell';
import type { FixProposal, Rule } from '../types';
import { defineCatalog } from '../../l10n';

const messages = defineCatalog(
  'rule.CdInsteadOfWorkdir',
  {
    summary: 'Use WORKDIR to change directories: a cd in RUN ends with that RUN',
    message:
      '"cd" only lasts until this RUN ends; the next instruction starts in the WORKDIR again. Use WORKDIR {path} to set where the following commands run.',
    last: '"cd" is the last thing this RUN does, so it changes nothing: the next instruction starts in the WORKDIR again. Use WORKDIR {path} instead.',
    'fix.workdir': 'Change to WORKDIR {path}',
  },
  {
    summary: '디렉터리를 바꿀 때는 WORKDIR를 쓰세요. RUN 안의 cd는 그 RUN이 끝나면 사라집니다',
    message:
      '"cd"는 이 RUN이 끝날 때까지만 유효하고, 다음 명령어는 다시 WORKDIR에서 시작합니다. 이후 명령이 실행될 위치는 WORKDIR {path}로 정하세요.',
    last: '"cd"가 이 RUN의 마지막 명령이라 아무것도 바꾸지 못합니다. 다음 명령어는 다시 WORKDIR에서 시작합니다. 대신 WORKDIR {path}를 쓰세요.',
    'fix.workdir': 'WORKDIR {path}(으)로 바꾸기',
  },
);

export const CdInsteadOfWorkdir: Rule = {
  id: 'CdInsteadOfWorkdir',
  aliases: ['DL3003'],
  defaultSeverity: 'warning',
  buildCheck: false,
  messages,
  url: ourDocsUrl('CdInsteadOfWorkdir'),
  check({ shell, report }) {
    for (const [snippet, view] of commandsOf(buildSnippets(shell()?.snippets ?? []))) {
      if (view.name !== 'cd' || view.command.nested) continue;
      const target = view.args[0];
      const path = target?.value ?? target?.text ?? '/path';
      const last = isLast(snippet, view.command);
      const fix = last ? workdirFix(snippet, path) : undefined;
      report({
        range: snippet.text.range(view.nameWord.start, target?.end ?? view.nameWord.end),
        variant: last ? 'last' : undefined,
        data: { path },
        fixes: fix ? [fix] : [],
      });
    }
  },
};

/** No command of the snippet's own shell runs after the `cd`. */
function isLast(snippet: AnalyzedSnippet, cd: ShellCommand): boolean {
  return !snippet.script.commands.some((command) => command.start > cd.start && !command.nested);
}

/** `RUN cd /app` alone → `WORKDIR /app`. */
function workdirFix(snippet: AnalyzedSnippet, path: string): FixProposal | undefined {
  const only = snippet.script.commands.length === 1 && snippet.kind === 'run' && snippet.heredocs.length === 0;
  if (!only || snippet.instruction.flags.length > 0 || /\s|\$/.test(path)) return undefined;
  return {
    titleKey: 'workdir',
    data: { path },
    edits: [{ range: snippet.instruction.range, newText: `WORKDIR ${path}` }],
  };
}
