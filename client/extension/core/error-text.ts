// One place that turns any failure into text a user can act on, in their locale; never a raw errno or stack.

interface Localizable {
  localized?: (locale: string) => { message: string; hint: string | undefined };
  localizedMessage?: (locale: string) => string;
}

export interface ErrorText {
  message: string;
  hint: string | undefined;
  /** An EngineError's kind (`unreachable`, `cancelled`, …) or a ContextError's; undefined otherwise. */
  kind: string | undefined;
}

export function errorText(error: unknown, locale: string, fallback: (detail: string) => string): ErrorText {
  const kind =
    typeof (error as { kind?: unknown } | undefined)?.kind === 'string' ? (error as { kind: string }).kind : undefined;
  const candidate = error as Localizable | undefined;
  if (candidate && typeof candidate.localized === 'function') return { ...candidate.localized(locale), kind };
  if (candidate && typeof candidate.localizedMessage === 'function')
    return { message: candidate.localizedMessage(locale), hint: undefined, kind };
  const detail = error instanceof Error ? error.message : String(error);
  return { message: fallback(detail), hint: undefined, kind };
}
