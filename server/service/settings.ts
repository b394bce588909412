// The `dockerfileStudio` settings the language server reads, normalised from whatever the client sends.
import type { Platform } from '../../core/dockerfile/global-args';
import type { ImageFacts, SeveritySetting } from '../../core/rules/index';
import type { StudioConfig } from '../../core/node/config-file';
import { SHELL_ANALYSIS_MAX_SIZE } from '../../core/shell/index';
import { message, type Locale } from './messages';

export interface ServerSettings {
  severities: Record<string, SeveritySetting>;
  /** Larger documents (in characters) get only the checks that stay linear: no shell analysis, no ShellCheck. */
  maxFileSize: number;
  /** `dockerfileStudio.inlayHints.enabled`; on unless set to false. */
  inlayHints?: boolean;
}

/** The manifest's default for `validation.maxFileSize`. */
export const DEFAULT_MAX_FILE_SIZE = SHELL_ANALYSIS_MAX_SIZE;

const SEVERITY_SETTINGS = new Set<string>(['error', 'warning', 'info', 'hint', 'off', 'on']);
/** Spellings users reach for that mean one of ours. */
const ALIASES: Record<string, SeveritySetting> = { information: 'info', ignore: 'off', none: 'off' };

function severityOf(value: unknown): SeveritySetting | undefined {
  if (typeof value !== 'string') return undefined;
  const lower = value.toLowerCase();
  if (SEVERITY_SETTINGS.has(lower)) return lower as SeveritySetting;
  return ALIASES[lower];
}

/**
 * Reads `{ rules: { RuleId: 'warning' | 'off' … }, validation: { maxFileSize }, inlayHints: { enabled } }`; anything
 * malformed is ignored.
 */
export function normalizeSettings(raw: unknown): ServerSettings {
  const settings =
    typeof raw === 'object' && raw !== null
      ? (raw as { rules?: unknown; validation?: unknown; inlayHints?: unknown })
      : {};
  return {
    severities: severitiesOf(settings.rules),
    maxFileSize: maxFileSizeOf(settings.validation),
    inlayHints: inlayHintsOf(settings.inlayHints),
  };
}

function inlayHintsOf(inlayHints: unknown): boolean {
  return typeof inlayHints === 'object' && inlayHints !== null && 'enabled' in inlayHints
    ? inlayHints.enabled !== false
    : true;
}

function severitiesOf(rules: unknown): Record<string, SeveritySetting> {
  const severities: Record<string, SeveritySetting> = {};
  if (typeof rules !== 'object' || rules === null) return severities;
  for (const [id, value] of Object.entries(rules)) {
    const severity = severityOf(value);
    if (severity) severities[id] = severity;
  }
  return severities;
}

function maxFileSizeOf(validation: unknown): number {
  const value =
    typeof validation === 'object' && validation !== null
      ? (validation as { maxFileSize?: unknown }).maxFileSize
      : undefined;
  return typeof value === 'number' && Number.isFinite(value) && value >= 0 ? value : DEFAULT_MAX_FILE_SIZE;
}

/**
 * The severities in effect for one document: the project's .dockerfile-studio.json, overridden by the editor's
 * `dockerfileStudio.rules` setting (the order docs/rules.md documents).
 */
export function mergedSeverities(
  configFile: Record<string, SeveritySetting>,
  settings: ServerSettings,
): Record<string, SeveritySetting> {
  return { ...configFile, ...settings.severities };
}

/** Reads `{ KEY: "value" }` build arguments sent by the client; anything else is left out. */
export function normalizeBuildArgs(raw: unknown): Record<string, string> {
  const args: Record<string, string> = {};
  if (typeof raw !== 'object' || raw === null) return args;
  for (const [key, value] of Object.entries(raw)) if (typeof value === 'string' && key !== '') args[key] = value;
  return args;
}

/** Reads `{ "alpine:3.20": { env, os, architecture, variant? } }` image facts sent by the client. */
export function normalizeImages(raw: unknown): ReadonlyMap<string, ImageFacts> | undefined {
  if (typeof raw !== 'object' || raw === null) return undefined;
  const images = new Map<string, ImageFacts>();
  for (const [ref, value] of Object.entries(raw)) {
    const platform = normalizePlatform(value);
    const env = (value as { env?: unknown }).env;
    if (!platform || !Array.isArray(env)) continue;
    images.set(ref, { ...platform, env: env.filter((entry): entry is string => typeof entry === 'string') });
  }
  return images;
}

export function normalizePlatform(raw: unknown): Platform | undefined {
  if (typeof raw !== 'object' || raw === null) return undefined;
  const { os, architecture, variant } = raw as Record<string, unknown>;
  if (typeof os !== 'string' || typeof architecture !== 'string') return undefined;
  return typeof variant === 'string' && variant !== '' ? { os, architecture, variant } : { os, architecture };
}

/** The log line that says which config file the settings of the Dockerfile at `uri` come from. */
export function configFileNote(locale: Locale, uri: string, config: StudioConfig): string {
  const key = config.kind === 'hadolint' ? 'configFileHadolint' : 'configFile';
  return message(locale, key, { file: uri, config: config.path });
}
