// EXPOSE takes ports or port ranges with an optional protocol: `80`, `8000-8010`, `53/udp`.
import { ourDocsUrl } from '../docs';
import type { Rule } from '../types';
import { defineCatalog } from '../../l10n';

const PORT_SPEC = /^(\d{1,5})(?:-(\d{1,5}))?(?:\/([A-Za-z]+))?$/;
const PROTOCOLS = new Set(['tcp', 'udp', 'sctp']);

const messages = defineCatalog(
  'rule.InvalidExposePort',
  {
    summary: 'EXPOSE needs port numbers (0-65535) with an optional /tcp, /udp or /sctp',
    port: '"{port}" is not a valid port. EXPOSE takes port numbers from 0 to 65535 or a range like 8000-8010, optionally followed by /tcp, /udp or /sctp.',
    protocol: '"{port}" has an unknown protocol. Use /tcp (the default), /udp or /sctp.',
  },
  {
    summary: 'EXPOSE에는 포트 번호(0-65535)와 선택적인 /tcp, /udp, /sctp를 씁니다',
    port: '"{port}"은(는) 올바른 포트가 아닙니다. EXPOSE에는 0부터 65535까지의 포트 번호나 8000-8010 같은 범위를 쓰고, 필요하면 뒤에 /tcp, /udp, /sctp를 붙입니다.',
    protocol: '"{port}"의 프로토콜을 알 수 없습니다. /tcp(기본값), /udp, /sctp 중 하나를 쓰세요.',
  },
);

export const InvalidExposePort: Rule = {
  id: 'InvalidExposePort',
  aliases: ['DL3011'],
  defaultSeverity: 'error',
  buildCheck: false,
  messages,
  url: ourDocsUrl('InvalidExposePort'),
  eachInstruction: {
    keywords: ['EXPOSE'],
    check(instruction, { report }) {
      for (const word of instruction.args) {
        // Variables are expanded at build time; host mappings are ExposeInvalidFormat's concern.
        if (word.value.includes('$') || word.value.includes(':')) continue;
        const problem = portProblem(word.value);
        if (problem) report({ range: word.range, variant: problem, data: { port: word.value } });
      }
    },
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
