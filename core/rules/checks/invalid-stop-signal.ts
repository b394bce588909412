// STOPSIGNAL takes a signal name (`SIGTERM`, `TERM`) or number (`15`).
import { ourDocsUrl } from '../docs';
import { instructionsOf } from '../facts';
import type { Rule } from '../types';

const SIGNALS = new Set(
  (
    'ABRT ALRM BUS CHLD CLD CONT FPE HUP ILL INT IO IOT KILL PIPE POLL PROF PWR QUIT SEGV STKFLT STOP SYS TERM TRAP ' +
    'TSTP TTIN TTOU URG USR1 USR2 VTALRM WINCH XCPU XFSZ RTMIN RTMAX'
  ).split(' '),
);

export const InvalidStopSignal: Rule = {
  id: 'InvalidStopSignal',
  defaultSeverity: 'error',
  buildCheck: false,
  description: 'STOPSIGNAL needs a signal name like SIGTERM or a signal number',
  url: ourDocsUrl('InvalidStopSignal'),
  check({ facts, report }) {
    for (const instruction of instructionsOf(facts, 'STOPSIGNAL')) {
      const word = instruction.args[0];
      if (!word || word.value.includes('$') || isSignal(word.value)) continue;
      report({ range: word.range, data: { signal: word.value } });
    }
  },
};

function isSignal(text: string): boolean {
  if (/^\d+$/.test(text)) return Number(text) > 0;
  const name = text.toUpperCase().replace(/^SIG/, '');
  return SIGNALS.has(name) || /^RTM(?:IN\+|AX-)\d+$/.test(name);
}
