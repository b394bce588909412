// BuildKit JSONArgsRecommended: shell-form CMD/ENTRYPOINT run under /bin/sh, which does not pass signals on.
import type { Instruction } from '../../parser/ast';
import { buildCheckUrl } from '../docs';
import { stagesInheriting } from '../facts';
import type { FixProposal, Rule } from '../types';

/** Words a shell would pass on unchanged: no quotes, variables, globs, redirections or operators. */
const PLAIN_WORDS = /^[\w./:=@%+,-]+(?:[ \t]+[\w./:=@%+,-]+)*$/;

export const JSONArgsRecommended: Rule = {
  id: 'JSONArgsRecommended',
  defaultSeverity: 'warning',
  buildCheck: true,
  description: 'JSON arguments recommended for ENTRYPOINT/CMD to prevent unintended behavior related to OS signals',
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
