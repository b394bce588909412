// BuildKit ExposeProtoCasing: `EXPOSE 80/TCP` should be `80/tcp`.
import { buildCheckUrl } from '../docs';
import { slice } from '../ranges';
import type { Rule } from '../types';
import { defineCatalog } from '../../l10n';

const messages = defineCatalog(
  'rule.ExposeProtoCasing',
  {
    summary: 'Protocol in EXPOSE instruction should be lowercase',
    message: 'The protocol in "{port}" should be lower-case: write "{lower}".',
    'fix.lowercase': 'Change to {lower}',
  },
  {
    summary: 'EXPOSE 명령어의 프로토콜은 소문자로 써야 합니다',
    message: '"{port}"의 프로토콜은 소문자로 쓰세요: "{lower}".',
    'fix.lowercase': '{lower}(으)로 바꾸기',
  },
);

export const ExposeProtoCasing: Rule = {
  id: 'ExposeProtoCasing',
  defaultSeverity: 'warning',
  buildCheck: true,
  messages,
  url: buildCheckUrl('ExposeProtoCasing'),
  eachInstruction: {
    keywords: ['EXPOSE'],
    check(instruction, { report }) {
      for (const word of instruction.args) {
        const slash = word.value.lastIndexOf('/');
        const proto = slash < 0 ? '' : word.value.slice(slash + 1);
        if (proto === proto.toLowerCase()) continue;
        const range = slice(word.range, slash + 1, word.value.length);
        const data = { port: word.value, proto, lower: proto.toLowerCase() };
        report({ range, data, fixes: [{ titleKey: 'lowercase', data, edits: [{ range, newText: data.lower }] }] });
      }
    },
  },
};
