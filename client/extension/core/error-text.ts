// One place that turns any failure into text a user can act on, in their locale; never a raw errno or stack.
import { isLocalized } from '../../../core/l10n';

export interface ErrorText {
  message: string;
  hint: string | undefined;
  /** An EngineError's kind (`unreachable`, `cancelled`, …) or a ContextError's; undefined otherwise. */
  kind: string | undefined;
}

export function errorText(error: unknown, locale: string, fallback: (detail: string) => string): ErrorText {
  const kind =
    typeof (error as { kind?: unknown } | undefined)?.kind === 'string' ? (error as { kind: string }).kind : undefined;
  if (isLocalized(error)) {
    const { message, hint } = error.localized(locale);
    return { message, hint, kind };
  }
  const detail = error instanceof Error ? error.message : String(error);
  return { message: fallback(detail), hint: undefined, kind };
}
