// SHELL only accepts the JSON (exec) form: SHELL ["/bin/bash", "-c"].
import { ourDocsUrl } from '../docs';
import { instructionsOf } from '../facts';
import type { Rule } from '../types';

export const ShellRequiresJson: Rule = {
  id: 'ShellRequiresJson',
  defaultSeverity: 'error',
  buildCheck: false,
  description: 'SHELL must be written as a JSON array',
  url: ourDocsUrl('ShellRequiresJson'),
  check({ facts, report }) {
    for (const instruction of instructionsOf(facts, 'SHELL')) {
      if (instruction.json || instruction.args.length === 0) continue;
      const words = instruction.argsText.trim().split(/\s+/);
      const json = `[${words.map((word) => JSON.stringify(word)).join(', ')}]`;
      const range = instruction.argsRange ?? instruction.keywordRange;
      const edits = [{ range, newText: json }];
      report({ range, data: { json }, fixes: [{ titleKey: 'convert', data: { json }, edits }] });
    }
  },
};
