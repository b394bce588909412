// BuildKit JSONArgsRecommended: shell-form CMD/ENTRYPOINT run under /bin/sh, which does not pass signals on.
import type { Instruction } from '../../parser/ast';
import { buildCheckUrl } from '../docs';
import { stagesInheriting } from '../facts';
import type { FixProposal, Rule } from '../types';
import { defineCatalog } from '../../l10n';

/** Words a shell would pass on unchanged: no quotes, variables, globs, redirections or operators. */
const PLAIN_WORDS = /^[\w./:=@%+,-]+(?:[ \t]+[\w./:=@%+,-]+)*$/;

const messages = defineCatalog(
  'rule.JSONArgsRecommended',
  {
    summary: 'JSON arguments recommended for ENTRYPOINT/CMD to prevent unintended behavior related to OS signals',
    message:
      '{instruction} in shell form runs under /bin/sh, which does not pass stop signals to your program, so "docker stop" has to kill it after a timeout. Use the JSON form, like {instruction} ["program", "arg"].',
    'fix.convert': 'Change to {json}',
  },
  {
    summary: 'ENTRYPOINT와 CMD는 OS 시그널이 제대로 전달되도록 JSON 형식으로 쓰는 것이 좋습니다',
    message:
      '셸 형식의 {instruction}은(는) /bin/sh를 거쳐 실행되는데, 셸은 종료 시그널을 프로그램에 전달하지 않아 "docker stop"이 시간 초과 후 강제로 끝내야 합니다. {instruction} ["프로그램", "인자"]처럼 JSON 형식으로 쓰세요.',
    'fix.convert': '{json}(으)로 바꾸기',
  },
);

export const JSONArgsRecommended: Rule = {
  id: 'JSONArgsRecommended',
  aliases: ['DL3025'],
  defaultSeverity: 'warning',
  buildCheck: true,
  messages,
  url: buildCheckUrl('JSONArgsRecommended'),
  check({ ast, facts, report }) {
    const inheritsShell = stagesInheriting(ast.stages, facts, 'SHELL');
    for (const stage of ast.stages) {
      let shellSet = inheritsShell.has(stage);
      for (const instruction of stage.instructions) {
        if (instruction.keyword === 'SHELL') shellSet = true;
        if (shellSet || instruction.json || !['CMD', 'ENTRYPOINT'].includes(instruction.keyword)) continue;
        if (instruction.argsRange === undefined) continue;
        const data = { instruction: instruction.keyword };
        const fix = jsonFix(instruction);
        report({ range: instruction.argsRange, data, fixes: fix ? [fix] : [] });
      }
    }
  },
};

/** `CMD node server.js` → `CMD ["node", "server.js"]`, offered only when that runs exactly the same command. */
function jsonFix(instruction: Instruction): FixProposal | undefined {
  const text = instruction.argsText.trim();
  if (!instruction.argsRange || !PLAIN_WORDS.test(text)) return undefined;
  const json = `[${text
    .split(/[ \t]+/)
    .map((word) => JSON.stringify(word))
    .join(', ')}]`;
  return { titleKey: 'convert', data: { json }, edits: [{ range: instruction.argsRange, newText: json }] };
}
