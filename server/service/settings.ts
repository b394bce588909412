// The `dockerfileStudio` settings the language server reads, normalised from whatever the client sends.
import type { SeveritySetting } from '../../core/rules/index';

export interface ServerSettings {
  severities: Record<string, SeveritySetting>;
}

const SEVERITY_SETTINGS = new Set<string>(['error', 'warning', 'info', 'hint', 'off']);
/** Spellings users reach for that mean one of ours. */
const ALIASES: Record<string, SeveritySetting> = { information: 'info', ignore: 'off', none: 'off' };

function severityOf(value: unknown): SeveritySetting | undefined {
  if (typeof value !== 'string') return undefined;
  const lower = value.toLowerCase();
  if (SEVERITY_SETTINGS.has(lower)) return lower as SeveritySetting;
  return ALIASES[lower];
}

/** Reads `{ rules: { RuleId: 'warning' | 'off' … } }`; anything malformed is ignored, never fatal. */
export function normalizeSettings(raw: unknown): ServerSettings {
  const severities: Record<string, SeveritySetting> = {};
  const rules = typeof raw === 'object' && raw !== null ? (raw as { rules?: unknown }).rules : undefined;
  if (typeof rules === 'object' && rules !== null) {
    for (const [id, value] of Object.entries(rules)) {
      const severity = severityOf(value);
      if (severity) severities[id] = severity;
    }
  }
  return { severities };
}
