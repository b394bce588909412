// CdInsteadOfWorkdir (hadolint DL3003): a RUN that ends with `cd`. Default warning: each RUN starts a new shell in
// the WORKDIR, so a `cd` never reaches the next instruction, and a RUN that ends with it did nothing at all.
// Narrower than hadolint on purpose: `cd dir && make` uses the cd within its RUN and is left alone, as is a `cd`
// inside `( … )` or `$( … )`.
import { ourDocsUrl } from '../docs';
import { commandsOf } from '../../shell/commands';
import type { AnalyzedSnippet, ShellCommand } from '../../shell';
import type { FixProposal, Rule } from '../types';
import { defineCatalog } from '../../l10n';

const messages = defineCatalog(
  'rule.CdInsteadOfWorkdir',
  {
    summary: 'A RUN that ends with cd changes nothing: use WORKDIR to change directories',
    message:
      '"cd" is the last thing this RUN does, so it changes nothing: each RUN starts a new shell, and the next instruction starts in the WORKDIR again. Use WORKDIR {path} instead.',
    'fix.workdir': 'Change to WORKDIR {path}',
  },
  {
    summary: 'cd로 끝나는 RUN은 아무것도 바꾸지 못합니다. 디렉터리를 바꿀 때는 WORKDIR를 쓰세요',
    message:
      '"cd"가 이 RUN의 마지막 명령이라 아무것도 바꾸지 못합니다. RUN마다 새 셸에서 실행되므로 다음 명령어는 다시 WORKDIR에서 시작합니다. 대신 WORKDIR {path}을(를) 쓰세요.',
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
  eachInstruction: {
    keywords: ['RUN'],
    check(_instruction, { snippets, report }) {
      for (const [snippet, view] of commandsOf(snippets)) {
        if (view.name !== 'cd' || view.command.nested || !isLast(snippet, view.command)) continue;
        const target = view.args[0];
        const path = target?.value ?? target?.text ?? '/path';
        const fix = workdirFix(snippet, path);
        report({
          range: snippet.text.range(view.nameWord.start, target?.end ?? view.nameWord.end),
          data: { path },
          fixes: fix ? [fix] : [],
        });
      }
    },
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
