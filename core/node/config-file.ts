// `.dockerfile-studio.json`: the project's rule settings, for the CLI and the language server alike.
//   { "rules": { "UndefinedVar": "error", "DL3008": "off", "all": "on" }, "trustedRegistries": ["docker.io"] }
// Found by walking up from the checked Dockerfile's folder (or named with `check --config FILE`); without one,
// hadolint's `.hadolint.yaml` (or `.yml`) found the same way is read instead (hadolint-config.ts). Other keys are
// left for later settings; a malformed file is reported, never fatal to the editor.
import { readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import type { Severity, SeveritySetting } from '../rules/types';
import { fileStamp } from './file-stamp';
import { parseHadolintConfig } from './hadolint-config';
import type { YamlProblem } from './yaml-subset';

export const CONFIG_FILE_NAME = '.dockerfile-studio.json';
/** hadolint's project config files, in the order hadolint prefers them. */
export const HADOLINT_FILE_NAMES: readonly string[] = ['.hadolint.yaml', '.hadolint.yml'];

const SEVERITIES: readonly string[] = ['off', 'on', 'hint', 'info', 'warning', 'error'];

/** The lowest severity that makes `check` exit 1; `none`: findings never do. */
export type FailureThreshold = Severity | 'none';

export interface StudioConfig {
  path: string;
  /** `hadolint`: read from hadolint's .hadolint.yaml. */
  kind: 'studio' | 'hadolint';
  /** Settings by rule id, hadolint code or ShellCheck code; `all` for every rule. */
  rules: Record<string, SeveritySetting>;
  /** Registries FROM images may come from; empty: any. */
  trustedRegistries: string[];
  /** Undefined: errors only. */
  failureThreshold?: FailureThreshold;
}

export type ConfigProblem =
  | { kind: 'json'; path: string; detail: string }
  | { kind: 'shape'; path: string }
  | { kind: 'severity'; path: string; rule: string; value: string }
  | { kind: 'yaml'; path: string; line: number; problem: YamlProblem; text: string }
  | { kind: 'value'; path: string; key: string; value: string };

export type ConfigResult = { ok: true; config: StudioConfig } | { ok: false; problem: ConfigProblem };

/** Reads a config file's text; every problem in it is reported, none is guessed around. */
export function parseConfig(text: string, path: string): ConfigResult {
  let data: unknown;
  try {
    data = JSON.parse(text);
  } catch (error) {
    return { ok: false, problem: { kind: 'json', path, detail: error instanceof Error ? error.message : '' } };
  }
  if (!isObject(data)) return { ok: false, problem: { kind: 'shape', path } };
  const rules: Record<string, SeveritySetting> = {};
  if (data.rules !== undefined) {
    if (!isObject(data.rules)) return { ok: false, problem: { kind: 'shape', path } };
    for (const [rule, value] of Object.entries(data.rules)) {
      if (typeof value !== 'string' || !SEVERITIES.includes(value))
        return { ok: false, problem: { kind: 'severity', path, rule, value: String(value) } };
      rules[rule] = value as SeveritySetting;
    }
  }
  const registries = data.trustedRegistries ?? [];
  if (!Array.isArray(registries) || !registries.every((item): item is string => typeof item === 'string'))
    return { ok: false, problem: { kind: 'value', path, key: 'trustedRegistries', value: JSON.stringify(registries) } };
  return { ok: true, config: { path, kind: 'studio', rules, trustedRegistries: registries } };
}

/** The nearest .dockerfile-studio.json at or above `dir`; without one, the nearest .hadolint.yaml; or undefined. */
export function findConfigFile(dir: string): string | undefined {
  return new ConfigFileFinder().find(dir);
}

/**
 * findConfigFile for many folders at once (`check` of a tree): each folder's own files are looked for once, and a
 * folder's answer is built on its parent's.
 */
export class ConfigFileFinder {
  private readonly studio = new Map<string, string | undefined>();
  private readonly hadolint = new Map<string, string | undefined>();

  find(dir: string): string | undefined {
    return this.nearest(dir, [CONFIG_FILE_NAME], this.studio) ?? this.nearest(dir, HADOLINT_FILE_NAMES, this.hadolint);
  }

  private nearest(dir: string, names: readonly string[], known: Map<string, string | undefined>): string | undefined {
    if (known.has(dir)) return known.get(dir);
    const parent = dirname(dir);
    const found =
      names.map((name) => join(dir, name)).find(isFile) ??
      (parent === dir ? undefined : this.nearest(parent, names, known));
    known.set(dir, found);
    return found;
  }
}

/** A YAML file is hadolint's (`--config` may name one by any name). */
function isHadolintFile(path: string): boolean {
  return /\.ya?ml$/i.test(path);
}

export function readConfigFile(path: string): ConfigResult {
  let text: string;
  try {
    text = readFileSync(path, 'utf8');
  } catch (error) {
    const code = isObject(error) && typeof error.code === 'string' ? error.code : 'unknown';
    return { ok: false, problem: { kind: 'json', path, detail: code } };
  }
  return isHadolintFile(path) ? parseHadolintConfig(text, path) : parseConfig(text, path);
}

interface CachedConfig {
  stamp: string;
  config: StudioConfig | undefined;
}

/**
 * The language server's config files, found per folder and re-read when their size or mtime changes. A malformed
 * file counts as none: the editor keeps working, and `check` says what is wrong with it.
 */
export class ConfigFileCache {
  private readonly found = new Map<string, string | undefined>();
  private readonly files = new Map<string, CachedConfig>();

  /** The config file that applies to a Dockerfile at `path`, if any. */
  configFor(dockerfile: string): StudioConfig | undefined {
    const dir = dirname(dockerfile);
    if (!this.found.has(dir)) this.found.set(dir, findConfigFile(dir));
    const path = this.found.get(dir);
    if (path === undefined) return undefined;
    const stamp = fileStamp(path);
    if (stamp === undefined) {
      this.found.delete(dir);
      return undefined;
    }
    const cached = this.files.get(path);
    if (cached?.stamp === stamp) return cached.config;
    const result = readConfigFile(path);
    const config = result.ok ? result.config : undefined;
    this.files.set(path, { stamp, config });
    return config;
  }

  /** Forgets every lookup: a config file was created, changed or deleted somewhere. */
  forget(): void {
    this.found.clear();
    this.files.clear();
  }
}

function isObject(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

function isFile(path: string): boolean {
  return fileStamp(path) !== undefined;
}
