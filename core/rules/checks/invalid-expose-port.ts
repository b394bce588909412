// EXPOSE takes ports or port ranges with an optional protocol: `80`, `8000-8010`, `53/udp`.
import { ourDocsUrl } from '../docs';
import { instructionsOf } from '../facts';
import type { Rule } from '../types';

const PORT_SPEC = /^(\d{1,5})(?:-(\d{1,5}))?(?:\/([A-Za-z]+))?$/;
const PROTOCOLS = new Set(['tcp', 'udp', 'sctp']);

export const InvalidExposePort: Rule = {
  id: 'InvalidExposePort',
  defaultSeverity: 'error',
  buildCheck: false,
  description: 'EXPOSE needs port numbers (0-65535) with an optional /tcp, /udp or /sctp',
  url: ourDocsUrl('InvalidExposePort'),
  check({ facts, report }) {
    for (const instruction of instructionsOf(facts, 'EXPOSE')) {
      for (const word of instruction.args) {
        // Variables are expanded at build time; host mappings are ExposeInvalidFormat's concern.
        if (word.value.includes('$') || word.value.includes(':')) continue;
        const problem = portProblem(word.value);
        if (problem) report({ range: word.range, variant: problem, data: { port: word.value } });
      }
    }
  },
};

function portProblem(spec: string): 'port' | 'protocol' | undefined {
  const match = PORT_SPEC.exec(spec);
  if (!match) return 'port';
  const [, first = '', last, protocol] = match;
  if (Number(first) > 65535 || (last !== undefined && (Number(last) > 65535 || Number(last) < Number(first))))
    return 'port';
  if (protocol !== undefined && !PROTOCOLS.has(protocol.toLowerCase())) return 'protocol';
  return undefined;
}
