// hadolint's `.hadolint.yaml`, read as our settings when a project has no .dockerfile-studio.json:
//   ignored: [DL3008, SC2086]                      → those codes off
//   override: { error: [..], warning: [..], info: [..], style: [..] }   → those severities (style is our hint)
//   trustedRegistries: [my.registry.example]       → UntrustedRegistry (DL3026) checks FROM images against them
//   failure-threshold: warning                     → `check` exits 1 from that severity up (`none`: never)
//   no-fail: true                                  → `check` never exits 1 for findings
// Codes name our rules through their hadolint aliases. hadolint's other keys (format, no-color, label-schema,
// strict-labels, disable-ignore-pragma) change nothing here.
import type { Severity, SeveritySetting } from '../rules/types';
import type { ConfigResult, FailureThreshold, StudioConfig } from './config-file';
import { readYamlSubset, type YamlValue } from './yaml-subset';

/** hadolint's severities, as ours. */
const SEVERITIES: Readonly<Record<string, Severity>> = {
  error: 'error',
  warning: 'warning',
  info: 'info',
  style: 'hint',
};
const THRESHOLDS: Readonly<Record<string, FailureThreshold>> = { ...SEVERITIES, ignore: 'none', none: 'none' };

/** A key whose value has the wrong shape. */
class ValueError extends Error {
  constructor(
    readonly key: string,
    readonly value: string,
  ) {
    super(key);
  }
}

export function parseHadolintConfig(text: string, path: string): ConfigResult {
  const yaml = readYamlSubset(text);
  if (!yaml.ok)
    return { ok: false, problem: { kind: 'yaml', path, line: yaml.line, problem: yaml.problem, text: yaml.text } };
  const data = yaml.value ?? {};
  if (typeof data !== 'object' || Array.isArray(data)) return { ok: false, problem: { kind: 'shape', path } };
  try {
    return { ok: true, config: configOf(data, path) };
  } catch (error) {
    if (!(error instanceof ValueError)) throw error;
    return { ok: false, problem: { kind: 'value', path, key: error.key, value: error.value } };
  }
}

function configOf(data: { [key: string]: YamlValue }, path: string): StudioConfig {
  const rules: Record<string, SeveritySetting> = {};
  const override = data.override ?? {};
  if (typeof override !== 'object' || Array.isArray(override)) throw new ValueError('override', shown(override));
  for (const [level, codes] of Object.entries(override)) {
    const severity = SEVERITIES[level];
    if (severity === undefined) throw new ValueError('override', level);
    for (const code of stringList(`override.${level}`, codes)) rules[code] = severity;
  }
  for (const code of stringList('ignored', data.ignored)) rules[code] = 'off';
  const config: StudioConfig = {
    path,
    kind: 'hadolint',
    rules,
    trustedRegistries: stringList('trustedRegistries', data.trustedRegistries),
  };
  const threshold = failureThreshold(data);
  if (threshold !== undefined) config.failureThreshold = threshold;
  return config;
}

function failureThreshold(data: { [key: string]: YamlValue }): FailureThreshold | undefined {
  const noFail = data['no-fail'];
  if (noFail !== undefined && noFail !== null && noFail !== 'true' && noFail !== 'false')
    throw new ValueError('no-fail', shown(noFail));
  if (noFail === 'true') return 'none';
  const value = data['failure-threshold'];
  if (value === undefined || value === null) return undefined;
  const threshold = typeof value === 'string' ? THRESHOLDS[value] : undefined;
  if (threshold === undefined) throw new ValueError('failure-threshold', shown(value));
  return threshold;
}

/** A list of strings; a single string counts as a list of one, nothing as none. */
function stringList(key: string, value: YamlValue | undefined): string[] {
  if (value === undefined || value === null) return [];
  if (typeof value === 'string') return [value];
  if (Array.isArray(value) && value.every((item): item is string => typeof item === 'string')) return value;
  throw new ValueError(key, shown(value));
}

function shown(value: YamlValue): string {
  return typeof value === 'string' ? value : JSON.stringify(value);
}
