// Locale choice and `{name}` interpolation, shared by every message catalog (server, engine, context, CLI).

export type Locale = 'en' | 'ko';

/** `ko`, `ko-KR`, `ko_KR.UTF-8` → Korean; anything else → English. */
export function resolveLocale(locale: string | undefined): Locale {
  return locale !== undefined && /^ko(?:$|[-_.])/i.test(locale) ? 'ko' : 'en';
}

/** The locale the environment asks for: DFS_LOCALE, then LC_ALL, LC_MESSAGES and LANG, as POSIX orders them. */
export function environmentLocale(env: NodeJS.ProcessEnv = process.env): string | undefined {
  return [env.DFS_LOCALE, env.LC_ALL, env.LC_MESSAGES, env.LANG].find((value) => value !== undefined && value !== '');
}

export function interpolate(template: string, data: Readonly<Record<string, string>>): string {
  return template.replace(/\{(\w+)\}/g, (whole, name: string) => data[name] ?? whole);
}
