// BuildKit ExposeProtoCasing: `EXPOSE 80/TCP` should be `80/tcp`.
import { buildCheckUrl } from '../docs';
import { instructionsOf } from '../facts';
import { slice } from '../ranges';
import type { Rule } from '../types';

export const ExposeProtoCasing: Rule = {
  id: 'ExposeProtoCasing',
  defaultSeverity: 'warning',
  buildCheck: true,
  description: 'Protocol in EXPOSE instruction should be lowercase',
  url: buildCheckUrl('ExposeProtoCasing'),
  check({ facts, report }) {
    for (const instruction of instructionsOf(facts, 'EXPOSE')) {
      for (const word of instruction.args) {
        const slash = word.value.lastIndexOf('/');
        const proto = slash < 0 ? '' : word.value.slice(slash + 1);
        if (proto === proto.toLowerCase()) continue;
        const range = slice(word.range, slash + 1, word.value.length);
        const data = { port: word.value, proto, lower: proto.toLowerCase() };
        report({ range, data, fixes: [{ titleKey: 'lowercase', data, edits: [{ range, newText: data.lower }] }] });
      }
    }
  },
};
