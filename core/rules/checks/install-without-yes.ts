// InstallWithoutYes (hadolint DL3014, DL3030, DL3034, DL3038): apt-get, apt, yum, dnf, microdnf or zypper changing
// packages without -y. Default warning: a build has no one to answer "Do you want to continue? [Y/n]", so the
// command reads end-of-input, aborts, and the build step fails.
import { ourDocsUrl } from '../docs';
import { hasOption, type CommandView } from '../../shell/commands';
import { packageCommandRange, packageCommands, packageCommandText } from '../../shell/packages';
import type { ShellScript } from '../../shell';
import type { Rule } from '../types';
import { defineCatalog } from '../../l10n';
import { appendOption } from '../ranges';

const messages = defineCatalog(
  'rule.InstallWithoutYes',
  {
    summary: 'Package installs need -y: a build cannot answer the confirmation prompt',
    message:
      '"{command}" asks "Do you want to continue?" and nobody can answer in a build, so it aborts and the build fails. Add -y.',
    'fix.yes': 'Add -y',
  },
  {
    summary: '패키지 설치에는 -y가 필요합니다. 빌드 중에는 확인 질문에 답할 수 없습니다',
    message:
      '"{command}"은(는) "계속하시겠습니까?"라고 묻는데 빌드 중에는 답할 사람이 없어 중단되고 빌드가 실패합니다. -y를 붙이세요.',
    'fix.yes': '-y 붙이기',
  },
);

export const InstallWithoutYes: Rule = {
  id: 'InstallWithoutYes',
  aliases: ['DL3014', 'DL3030', 'DL3034', 'DL3038'],
  defaultSeverity: 'warning',
  buildCheck: false,
  messages,
  url: ourDocsUrl('InstallWithoutYes'),
  eachInstruction: {
    keywords: ['RUN'],
    check(_instruction, { snippets, report }) {
      for (const command of packageCommands(snippets)) {
        const { manager, sub, view, snippet } = command;
        if (!manager.yes || !manager.installs.includes(sub.word.value ?? '')) continue;
        if (hasOption(view.args, manager.yes.short, manager.yes.long) || answeredOtherwise(view, snippet.script))
          continue;
        const range = packageCommandRange(command);
        const data = { command: packageCommandText(command) };
        report({ range, data, fixes: [appendOption(range, '-y', 'yes')] });
      }
    },
  },
};

/** `-qq` (apt implies -y), `-o APT::Get::Assume-Yes=true`, or `yes |` feeding the answers. */
function answeredOtherwise(view: CommandView, script: ShellScript): boolean {
  const texts = view.args.map((arg) => arg.value ?? arg.text);
  if (texts.some((text) => text === '-qq' || text === '-q=2' || text === '--quiet=2')) return true;
  if (texts.some((text) => /^APT::Get::Assume-Yes=(1|true|yes)$/i.test(text))) return true;
  const pipeline = view.command.pipeline === undefined ? undefined : script.pipelines[view.command.pipeline];
  const first = pipeline?.commands[0];
  const feeder = first === undefined ? undefined : script.commands[first];
  return feeder !== undefined && feeder !== view.command && feeder.name.value === 'yes';
}
