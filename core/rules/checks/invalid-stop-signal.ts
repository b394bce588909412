// STOPSIGNAL takes a signal name (`SIGTERM`, `TERM`) or number (`15`).
import { ourDocsUrl } from '../docs';
import type { Rule } from '../types';
import { defineCatalog } from '../../l10n';

const SIGNALS = new Set(
  (
    'ABRT ALRM BUS CHLD CLD CONT FPE HUP ILL INT IO IOT KILL PIPE POLL PROF PWR QUIT SEGV STKFLT STOP SYS TERM TRAP ' +
    'TSTP TTIN TTOU URG USR1 USR2 VTALRM WINCH XCPU XFSZ RTMIN RTMAX'
  ).split(' '),
);

const messages = defineCatalog(
  'rule.InvalidStopSignal',
  {
    summary: 'STOPSIGNAL needs a signal name like SIGTERM or a signal number',
    message:
      '"{signal}" is not a signal. STOPSIGNAL takes a signal name like SIGTERM or SIGINT, or a signal number like 15.',
  },
  {
    summary: 'STOPSIGNAL에는 SIGTERM 같은 시그널 이름이나 시그널 번호를 씁니다',
    message:
      '"{signal}"은(는) 시그널이 아닙니다. STOPSIGNAL에는 SIGTERM, SIGINT 같은 시그널 이름이나 15 같은 시그널 번호를 씁니다.',
  },
);

export const InvalidStopSignal: Rule = {
  id: 'InvalidStopSignal',
  defaultSeverity: 'error',
  buildCheck: false,
  messages,
  url: ourDocsUrl('InvalidStopSignal'),
  eachInstruction: {
    keywords: ['STOPSIGNAL'],
    check(instruction, { report }) {
      const word = instruction.args[0];
      if (!word || word.value.includes('$') || isSignal(word.value)) return;
      report({ range: word.range, data: { signal: word.value } });
    },
  },
};

function isSignal(text: string): boolean {
  if (/^\d+$/.test(text)) return Number(text) > 0;
  const name = text.toUpperCase().replace(/^SIG/, '');
  return SIGNALS.has(name) || /^RTM(?:IN\+|AX-)\d+$/.test(name);
}
