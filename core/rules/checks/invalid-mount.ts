// RUN --mount=… is a comma-separated list of key=value options that BuildKit checks strictly.
import { ourDocsUrl } from '../docs';
import { flagName } from '../facts';
import { closest } from '../suggest';
import type { MessageData, Report, Rule } from '../types';
import { defineCatalog } from '../../l10n';

const TYPES = ['bind', 'cache', 'tmpfs', 'secret', 'ssh'];
const SHARING = ['shared', 'private', 'locked'];
const KEYS = [
  'type',
  'from',
  'source',
  'src',
  'target',
  'dst',
  'destination',
  'readonly',
  'ro',
  'readwrite',
  'rw',
  'required',
  'size',
  'id',
  'sharing',
  'mode',
  'uid',
  'gid',
  'env',
];
const BARE = new Set(['readonly', 'ro', 'readwrite', 'rw', 'required']);
/** Options that only some mount types take. */
const ONLY_FOR: readonly (readonly [string, readonly string[]])[] = [
  ['mode', ['secret', 'ssh', 'cache']],
  ['uid', ['secret', 'ssh', 'cache']],
  ['gid', ['secret', 'ssh', 'cache']],
  ['sharing', ['cache']],
  ['size', ['tmpfs']],
  ['required', ['secret', 'ssh']],
];

const messages = defineCatalog(
  'rule.InvalidMount',
  {
    summary: 'RUN --mount options must be known keys with valid values',
    key: '"{key}" is not a --mount option. Options are: {known}.',
    keySuggest: '"{key}" is not a --mount option. Did you mean "{suggestion}"?',
    pair: '"{field}" needs a value: --mount options are written key=value, like target=/root/.cache.',
    type: '"{value}" is not a mount type. Use one of: {allowed} (bind is the default).',
    sharing: 'sharing={value} is not valid. Use one of: {allowed}.',
    notForType: 'The {key} option does not apply to type={type} mounts. Remove it, or change the mount type.',
  },
  {
    summary: 'RUN --mount에는 알려진 키와 올바른 값만 쓸 수 있습니다',
    key: '"{key}"은(는) --mount 옵션이 아닙니다. 쓸 수 있는 옵션: {known}.',
    keySuggest: '"{key}"은(는) --mount 옵션이 아닙니다. "{suggestion}"을(를) 쓰려던 것인가요?',
    pair: '"{field}"에는 값이 필요합니다. --mount 옵션은 target=/root/.cache처럼 key=value 형식으로 씁니다.',
    type: '"{value}"은(는) 마운트 타입이 아닙니다. {allowed} 중 하나를 쓰세요(기본값은 bind).',
    sharing: 'sharing={value}은(는) 올바르지 않습니다. {allowed} 중 하나를 쓰세요.',
    notForType: '{key} 옵션은 type={type} 마운트에는 쓸 수 없습니다. 이 옵션을 지우거나 마운트 타입을 바꾸세요.',
  },
);

export const InvalidMount: Rule = {
  id: 'InvalidMount',
  defaultSeverity: 'error',
  buildCheck: false,
  messages,
  url: ourDocsUrl('InvalidMount'),
  eachInstruction: {
    keywords: ['RUN'],
    check(instruction, { report }) {
      for (const flag of instruction.flags) {
        if (!flag.value || flagName(flag) !== 'mount') continue;
        const problem = mountProblem(flag.value);
        if (problem) report({ range: flag.valueRange ?? flag.range, ...problem });
      }
    },
  },
};

function mountProblem(value: string): Omit<Report, 'range'> | undefined {
  const fields = value
    .split(',')
    .map((field) => field.trim())
    .filter((field) => field !== '');
  const options = new Map<string, string>();
  for (const field of fields) {
    const eq = field.indexOf('=');
    const key = (eq < 0 ? field : field.slice(0, eq)).toLowerCase();
    if (!KEYS.includes(key)) return keyProblem(key);
    if (eq < 0 && !BARE.has(key)) return { variant: 'pair', data: { field } };
    options.set(key, eq < 0 ? 'true' : field.slice(eq + 1).replace(/^"(.*)"$/, '$1'));
  }
  for (const value of options.values()) if (value.includes('$')) return undefined;
  const type = (options.get('type') ?? 'bind').toLowerCase();
  if (!TYPES.includes(type)) return { variant: 'type', data: { value: type, allowed: TYPES.join(', ') } };
  const sharing = options.get('sharing')?.toLowerCase();
  if (sharing !== undefined && !SHARING.includes(sharing))
    return { variant: 'sharing', data: { value: sharing, allowed: SHARING.join(', ') } };
  for (const [key, types] of ONLY_FOR) {
    if (options.has(key) && !types.includes(type)) return { variant: 'notForType', data: { key, type } };
  }
  return undefined;
}

function keyProblem(key: string): Omit<Report, 'range'> {
  const suggestion = closest(key, KEYS);
  const data: MessageData = { key, suggestion: suggestion ?? '', known: KEYS.join(', ') };
  return { variant: suggestion === undefined ? 'key' : 'keySuggest', data };
}
