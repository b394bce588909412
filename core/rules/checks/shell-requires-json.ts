// SHELL only accepts the JSON (exec) form: SHELL ["/bin/bash", "-c"].
import { ourDocsUrl } from '../docs';
import type { Rule } from '../types';
import { defineCatalog } from '../../l10n';

const messages = defineCatalog(
  'rule.ShellRequiresJson',
  {
    summary: 'SHELL must be written as a JSON array',
    message: 'SHELL must be written as a JSON array, like SHELL {json}.',
    'fix.convert': 'Change to {json}',
  },
  {
    summary: 'SHELL은 JSON 배열로 써야 합니다',
    message: 'SHELL은 JSON 배열로 써야 합니다. 예: SHELL {json}.',
    'fix.convert': '{json}(으)로 바꾸기',
  },
);

export const ShellRequiresJson: Rule = {
  id: 'ShellRequiresJson',
  defaultSeverity: 'error',
  buildCheck: false,
  messages,
  url: ourDocsUrl('ShellRequiresJson'),
  eachInstruction: {
    keywords: ['SHELL'],
    check(instruction, { report }) {
      if (instruction.json || instruction.args.length === 0) return;
      const words = instruction.argsText.trim().split(/\s+/);
      const json = `[${words.map((word) => JSON.stringify(word)).join(', ')}]`;
      const range = instruction.argsRange ?? instruction.keywordRange;
      const edits = [{ range, newText: json }];
      report({ range, data: { json }, fixes: [{ titleKey: 'convert', data: { json }, edits }] });
    },
  },
};
