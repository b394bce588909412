// BuildKit ExposeInvalidFormat: EXPOSE takes container ports only, not `ip:host:container` mappings.
import { buildCheckUrl } from '../docs';
import { instructionsOf } from '../facts';
import type { Rule } from '../types';

export const ExposeInvalidFormat: Rule = {
  id: 'ExposeInvalidFormat',
  defaultSeverity: 'warning',
  buildCheck: true,
  description:
    'IP address and host-port mapping should not be used in EXPOSE instruction. This will become an error in a future release',
  url: buildCheckUrl('ExposeInvalidFormat'),
  check({ facts, report }) {
    for (const instruction of instructionsOf(facts, 'EXPOSE')) {
      for (const word of instruction.args) {
        if (!word.value.includes(':') || word.value.includes('$')) continue;
        const port = word.value.slice(word.value.lastIndexOf(':') + 1);
        const data = { port: word.value, container: port };
        const fixes =
          port === '' ? [] : [{ titleKey: 'containerPort', data, edits: [{ range: word.range, newText: port }] }];
        report({ range: word.range, data, fixes });
      }
    }
  },
};
