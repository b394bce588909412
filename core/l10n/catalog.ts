// The one localisation system: typed catalogs of English and Korean templates with `{name}` placeholders.
// Every user-facing string of the core, the language server, the engine client, the context packer, the CLI and the
// extension comes from a catalog defined here; package.nls*.json (the manifest's strings) is VS Code's own.
import { particleFor, PLACEHOLDER } from './particles';

export type Locale = 'en' | 'ko';
export const LOCALES: readonly Locale[] = ['en', 'ko'];

export type MessageParams = Readonly<Record<string, string | number>>;

/** English and Korean templates for the same keys: the type makes a missing Korean entry a compile error. */
export interface Catalog<K extends string = string> {
  readonly en: Readonly<Record<K, string>>;
  readonly ko: Readonly<Record<K, string>>;
}

/** Every catalog made by defineCatalog, for the completeness test (placeholders must match across locales). */
const defined: { name: string; catalog: Catalog }[] = [];

export function defineCatalog<const K extends string>(
  name: string,
  en: Readonly<Record<K, string>>,
  ko: Readonly<Record<K, string>>,
): Catalog<K> {
  const catalog = { en, ko };
  defined.push({ name, catalog });
  return catalog;
}

/** The catalogs defined so far (by the modules already loaded). */
export function definedCatalogs(): readonly { name: string; catalog: Catalog }[] {
  return defined;
}

/** The text for `key` in `locale`, its placeholders filled. */
export function translate<K extends string>(
  catalog: Catalog<K>,
  locale: Locale,
  key: K,
  params: MessageParams = {},
): string {
  return interpolate(catalog[locale][key], params);
}

/** For keys built at run time (`<ruleId>.<variant>`): the text, or undefined when the catalog has no such key. */
export function lookup(catalog: Catalog, locale: Locale, key: string, params: MessageParams = {}): string | undefined {
  const template = Object.hasOwn(catalog.en, key) ? catalog[locale][key] : undefined;
  return template === undefined ? undefined : interpolate(template, params);
}

/** A function bound to one catalog: `t(locale, key, params)`. */
export function translator<K extends string>(
  catalog: Catalog<K>,
): (locale: Locale, key: K, params?: MessageParams) => string {
  return (locale, key, params) => translate(catalog, locale, key, params);
}

/** Fills `{name}` placeholders; a Korean paired particle right after one takes the form that fits the value. */
export function interpolate(template: string, params: MessageParams): string {
  return template.replace(PLACEHOLDER, (whole, name: string, between?: string, paired?: string) => {
    const given = params[name];
    if (given === undefined) return whole;
    const value = String(given);
    return paired === undefined ? value : `${value}${between ?? ''}${particleFor(value, between ?? '', paired)}`;
  });
}

/** `ko`, `ko-KR`, `ko_KR.UTF-8` → Korean; anything else (or nothing) → English. */
export function resolveLocale(locale: string | undefined): Locale {
  return locale !== undefined && /^ko(?:$|[-_.])/i.test(locale) ? 'ko' : 'en';
}

/** The locale the environment asks for: DFS_LOCALE, then LC_ALL, LC_MESSAGES and LANG, as POSIX orders them. */
export function environmentLocale(env: Readonly<Record<string, string | undefined>>): string | undefined {
  return [env.DFS_LOCALE, env.LC_ALL, env.LC_MESSAGES, env.LANG].find((value) => value !== undefined && value !== '');
}

/** A message and an optional way to fix it, in one locale. */
export interface LocalizedText {
  message: string;
  hint?: string | undefined;
}

/** How every error class of ours exposes its text: `error.localized(locale)`. `message` stays English. */
export interface Localized {
  localized(locale: string): LocalizedText;
}

export function isLocalized(value: unknown): value is Localized {
  return typeof (value as Partial<Localized> | undefined)?.localized === 'function';
}
