// Message catalogs: English and Korean, keyed by rule id (and `<id>.<variant>`), with `{name}` placeholders.
import { en } from './en';
import { ko } from './ko';

export type Locale = 'en' | 'ko';
export type Catalog = Readonly<Record<string, string>>;

const catalogs: Record<Locale, Catalog> = { en, ko };

/** `ko`, `ko-KR`, `ko_KR.UTF-8` → Korean; anything else → English. */
export function resolveLocale(locale: string | undefined): Locale {
  return locale !== undefined && /^ko(?:$|[-_.])/i.test(locale) ? 'ko' : 'en';
}

export function catalogFor(locale: Locale): Catalog {
  return catalogs[locale];
}

/** The message for `key` in `locale`, falling back to English; undefined when neither has it. */
export function localize(locale: Locale, key: string, data: Readonly<Record<string, string>> = {}): string | undefined {
  const template = catalogs[locale][key] ?? en[key];
  return template === undefined ? undefined : interpolate(template, data);
}

export function interpolate(template: string, data: Readonly<Record<string, string>>): string {
  return template.replace(/\{(\w+)\}/g, (whole, name: string) => data[name] ?? whole);
}
