// Message catalogs: English and Korean, keyed by rule id (and `<id>.<variant>`), with `{name}` placeholders.
import { en } from './rules.en';
import { ko } from './rules.ko';
import { interpolate, type Locale } from './format';

export { resolveLocale, interpolate, type Locale } from './format';
export type Catalog = Readonly<Record<string, string>>;

const catalogs: Record<Locale, Catalog> = { en, ko };

/** The message for `key` in `locale`, falling back to English; undefined when neither has it. */
export function localize(locale: Locale, key: string, data: Readonly<Record<string, string>> = {}): string | undefined {
  const template = catalogs[locale][key] ?? en[key];
  return template === undefined ? undefined : interpolate(template, data);
}
