// `.dockerfile-studio.json`: the project's rule severities, for the CLI and the language server alike.
//   { "rules": { "UndefinedVar": "error", "JSONArgsRecommended": "off" } }
// Found by walking up from the checked Dockerfile's folder (or named with `check --config FILE`). Keys other than
// `rules` are left for later settings; a malformed file is reported, never fatal to the editor.
import { readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import type { SeveritySetting } from '../rules/types';
import { fileStamp } from './file-stamp';

export const CONFIG_FILE_NAME = '.dockerfile-studio.json';

const SEVERITIES: readonly string[] = ['off', 'hint', 'info', 'warning', 'error'];

export interface StudioConfig {
  path: string;
  rules: Record<string, SeveritySetting>;
}

export type ConfigProblem =
  | { kind: 'json'; path: string; detail: string }
  | { kind: 'shape'; path: string }
  | { kind: 'severity'; path: string; rule: string; value: string };

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
  return { ok: true, config: { path, rules } };
}

/** The nearest config file at or above `dir`, or undefined. */
export function findConfigFile(dir: string): string | undefined {
  for (let current = dir; ; current = dirname(current)) {
    const candidate = join(current, CONFIG_FILE_NAME);
    if (isFile(candidate)) return candidate;
    if (dirname(current) === current) return undefined;
  }
}

export function readConfigFile(path: string): ConfigResult {
  let text: string;
  try {
    text = readFileSync(path, 'utf8');
  } catch (error) {
    const code = isObject(error) && typeof error.code === 'string' ? error.code : 'unknown';
    return { ok: false, problem: { kind: 'json', path, detail: code } };
  }
  return parseConfig(text, path);
}

interface CachedConfig {
  stamp: string;
  rules: Record<string, SeveritySetting>;
}

/**
 * The language server's config files, found per folder and re-read when their size or mtime changes. A malformed
 * file counts as empty: the editor keeps working, and `check` says what is wrong with it.
 */
export class ConfigFileCache {
  private readonly found = new Map<string, string | undefined>();
  private readonly files = new Map<string, CachedConfig>();

  /** The severities for a Dockerfile at `path` (empty when no config file applies). */
  rulesFor(dockerfile: string): Record<string, SeveritySetting> {
    const dir = dirname(dockerfile);
    if (!this.found.has(dir)) this.found.set(dir, findConfigFile(dir));
    const path = this.found.get(dir);
    if (path === undefined) return {};
    const stamp = fileStamp(path);
    if (stamp === undefined) {
      this.found.delete(dir);
      return {};
    }
    const cached = this.files.get(path);
    if (cached?.stamp === stamp) return cached.rules;
    const result = readConfigFile(path);
    const rules = result.ok ? result.config.rules : {};
    this.files.set(path, { stamp, rules });
    return rules;
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
