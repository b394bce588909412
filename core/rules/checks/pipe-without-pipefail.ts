// PipeWithoutPipefail (hadolint DL4006): a pipe in a RUN whose shell does not stop on a failure before the last
// command. Default warning: `curl … | sh` succeeds when the download fails (sh runs nothing), so the build goes on
// without what it needed and fails later, far from the cause. Pipes fed only by echo, printf or yes are left alone, and
// so are pipes inside `$( … )`, whose status no RUN sees (narrower than hadolint's DL4006).
import { ourDocsUrl } from '../docs';
import { hasOption, unwrap } from '../../shell/commands';
import type { AnalyzedSnippet, ShellPipeline } from '../../shell';
import type { Rule } from '../types';
import { defineCatalog } from '../../l10n';

const messages = defineCatalog(
  'rule.PipeWithoutPipefail',
  {
    summary: 'A pipe in RUN hides the failure of every command but the last',
    message:
      'Only the last command of a pipe decides whether this RUN fails, so if "{first}" fails (a download that does not arrive, say) the build goes on as if it had worked. Start the RUN with "set -o pipefail &&", or set SHELL ["/bin/bash", "-o", "pipefail", "-c"] before it.',
    sh: 'Only the last command of a pipe decides whether this RUN fails, so if "{first}" fails (a download that does not arrive, say) the build goes on as if it had worked. This stage\'s /bin/sh may not support pipefail: set SHELL ["/bin/bash", "-o", "pipefail", "-c"] before this RUN.',
  },
  {
    summary: 'RUN 안의 파이프는 마지막 명령을 뺀 나머지 명령의 실패를 숨깁니다',
    message:
      '파이프에서는 마지막 명령만 RUN의 성공 여부를 정하므로, "{first}"이(가) 실패해도(예를 들어 다운로드가 되지 않아도) 성공한 것처럼 빌드가 계속됩니다. RUN을 "set -o pipefail &&"로 시작하거나, 그 앞에 SHELL ["/bin/bash", "-o", "pipefail", "-c"]를 두세요.',
    sh: '파이프에서는 마지막 명령만 RUN의 성공 여부를 정하므로, "{first}"이(가) 실패해도(예를 들어 다운로드가 되지 않아도) 성공한 것처럼 빌드가 계속됩니다. 이 스테이지의 /bin/sh는 pipefail을 지원하지 않을 수 있습니다. 이 RUN 앞에 SHELL ["/bin/bash", "-o", "pipefail", "-c"]를 두세요.',
  },
);

/** Commands that cannot fail in a way worth catching when they feed a pipe. */
const HARMLESS_FEEDERS = new Set(['echo', 'printf', 'yes', 'true']);

export const PipeWithoutPipefail: Rule = {
  id: 'PipeWithoutPipefail',
  aliases: ['DL4006'],
  defaultSeverity: 'warning',
  buildCheck: false,
  messages,
  url: ourDocsUrl('PipeWithoutPipefail'),
  eachInstruction: {
    keywords: ['RUN'],
    check(_instruction, { snippets, report }) {
      for (const snippet of snippets) {
        if (snippet.shell.pipefail) continue;
        const pipeline = snippet.script.pipelines.find(
          (p) => !inSubstitution(snippet, p) && !harmless(snippet, p) && !pipefailBefore(snippet, p),
        );
        if (!pipeline) continue;
        const first = snippet.script.commands[pipeline.commands[0] ?? -1];
        report({
          range: snippet.text.range(pipeline.start, pipeline.end),
          variant: snippet.dialect === 'sh' && !snippet.shell.ash ? 'sh' : undefined,
          data: { first: first?.name.text ?? '…' },
        });
      }
    },
  },
};

/** A pipe inside `$( … )` (or a subshell) mostly feeds a value: left alone, as in the docs above. */
function inSubstitution(snippet: AnalyzedSnippet, pipeline: ShellPipeline): boolean {
  const first = snippet.script.commands[pipeline.commands[0] ?? -1];
  return first?.nested === true;
}

/** Every stage but the last is a command that only writes text. */
function harmless(snippet: AnalyzedSnippet, pipeline: ShellPipeline): boolean {
  return pipeline.commands.slice(0, -1).every((index) => {
    const command = snippet.script.commands[index];
    return command !== undefined && HARMLESS_FEEDERS.has(unwrap(command).name ?? '');
  });
}

/** A `set -o pipefail` (or `set -euo pipefail`) runs earlier in the same shell. */
function pipefailBefore(snippet: AnalyzedSnippet, pipeline: ShellPipeline): boolean {
  return snippet.script.commands.some(
    (command) =>
      command.start < pipeline.start &&
      !command.nested &&
      command.name.value === 'set' &&
      command.args.some((arg, i) => arg.value === 'pipefail' && hasOption(command.args.slice(i - 1, i), 'o')),
  );
}
