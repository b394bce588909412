// HEALTHCHECK reads `HEALTHCHECK [flags] CMD command` or `HEALTHCHECK NONE`, with valid durations and retries.
import type { Flag, Instruction } from '../../parser/ast';
import { ourDocsUrl } from '../docs';
import { flagName } from '../facts';
import type { Report, Rule } from '../types';
import { defineCatalog } from '../../l10n';

const DURATION_FLAGS = new Set(['interval', 'timeout', 'start-period', 'start-interval']);
const UNIT_MS: Readonly<Record<string, number>> = {
  ns: 1e-6,
  us: 1e-3,
  µs: 1e-3,
  μs: 1e-3,
  ms: 1,
  s: 1e3,
  m: 6e4,
  h: 3.6e6,
};

const messages = defineCatalog(
  'rule.InvalidHealthcheck',
  {
    summary: 'HEALTHCHECK must read "HEALTHCHECK [options] CMD command" or "HEALTHCHECK NONE"',
    type: 'HEALTHCHECK expects CMD or NONE here, not "{word}". Write "HEALTHCHECK CMD <command>" or "HEALTHCHECK NONE".',
    noCommand:
      'HEALTHCHECK CMD needs the command that checks the container, like "HEALTHCHECK CMD curl -f http://localhost/".',
    noneAlone: 'HEALTHCHECK NONE turns the check off and takes no options or command. Remove what follows NONE.',
    retries: '{flag} must be a whole number of attempts, like {flag}=3, not "{value}".',
    duration: '{flag} must be a duration with a unit, like 30s, 1m or 1m30s, not "{value}".',
    tooShort: '{flag} must be 0 (the default) or at least 1ms, not "{value}".',
  },
  {
    summary: 'HEALTHCHECK는 "HEALTHCHECK [옵션] CMD 명령" 또는 "HEALTHCHECK NONE" 형식이어야 합니다',
    type: 'HEALTHCHECK 다음에는 "{word}"이(가) 아니라 CMD나 NONE이 와야 합니다. "HEALTHCHECK CMD <명령>" 또는 "HEALTHCHECK NONE"으로 쓰세요.',
    noCommand:
      'HEALTHCHECK CMD 뒤에는 컨테이너 상태를 확인할 명령이 필요합니다. 예: "HEALTHCHECK CMD curl -f http://localhost/".',
    noneAlone: 'HEALTHCHECK NONE은 상태 확인을 끄는 것이라 옵션이나 명령을 받지 않습니다. NONE 뒤의 내용을 지우세요.',
    retries: '{flag}은(는) "{value}"이(가) 아니라 {flag}=3처럼 횟수를 정수로 써야 합니다.',
    duration: '{flag}은(는) "{value}"이(가) 아니라 30s, 1m, 1m30s처럼 단위가 있는 시간이어야 합니다.',
    tooShort: '{flag}은(는) 0(기본값)이거나 1ms 이상이어야 합니다. 지금 값: "{value}".',
  },
);

export const InvalidHealthcheck: Rule = {
  id: 'InvalidHealthcheck',
  defaultSeverity: 'error',
  buildCheck: false,
  messages,
  url: ourDocsUrl('InvalidHealthcheck'),
  eachInstruction: {
    keywords: ['HEALTHCHECK'],
    check(instruction, { report }) {
      formProblems(instruction).forEach(report);
      for (const flag of instruction.flags) {
        const problem = flagValueProblem(flag);
        if (problem) report(problem);
      }
    },
  },
};

function formProblems(instruction: Instruction): Report[] {
  const [type, ...command] = instruction.args;
  if (!type) return [];
  const kind = type.value.toUpperCase();
  if (kind === 'NONE') {
    if (command.length > 0 || instruction.flags.length > 0)
      return [{ range: instruction.argsRange ?? type.range, variant: 'noneAlone', data: {} }];
    return [];
  }
  if (kind !== 'CMD') return [{ range: type.range, variant: 'type', data: { word: type.value } }];
  if (command.every((word) => word.value.trim() === '')) return [{ range: type.range, variant: 'noCommand', data: {} }];
  return [];
}

function flagValueProblem(flag: Flag): Report | undefined {
  const name = flagName(flag);
  const value = flag.value;
  if (value === undefined || value === '') return undefined;
  const range = flag.valueRange ?? flag.range;
  const data = { flag: `--${name}`, value };
  if (name === 'retries') return /^\d+$/.test(value) ? undefined : { range, variant: 'retries', data };
  if (!DURATION_FLAGS.has(name)) return undefined;
  const ms = durationMs(value);
  if (ms === undefined) return { range, variant: 'duration', data };
  if (ms < 0 || (ms > 0 && ms < 1)) return { range, variant: 'tooShort', data };
  return undefined;
}

/** Go's time.ParseDuration, in milliseconds: `30s`, `1m30s`, `1.5h`, `0`. */
export function durationMs(text: string): number | undefined {
  const match = /^([+-]?)(.*)$/.exec(text);
  const body = match?.[2] ?? '';
  if (body === '0') return 0;
  const part = /(\d+\.?\d*|\.\d+)(ns|us|µs|μs|ms|s|m|h)/y;
  let total = 0;
  let consumed = 0;
  for (let m = part.exec(body); m; m = part.exec(body)) {
    total += Number(m[1]) * (UNIT_MS[m[2] ?? ''] ?? 0);
    consumed = part.lastIndex;
  }
  if (consumed === 0 || consumed !== body.length) return undefined;
  return match?.[1] === '-' ? -total : total;
}
