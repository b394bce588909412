// Credentials written into an engine address (`tcp://user:password@host`) never reach a message, a log line or a
// status text: every text that can hold an address goes through here.

/** `scheme://userinfo@`, the userinfo up to the authority's last `@`. */
const userinfo = /\b([a-z][a-z0-9+.-]*:\/\/)([^\s/?#]*)@/gi;

/** Hides the password of every URL in `text`, and the whole userinfo except an ssh user name. */
export function redactCredentials(text: string): string {
  return text.replace(userinfo, (_match, scheme: string, info: string) => {
    const colon = info.indexOf(':');
    if (colon !== -1) return `${scheme}${info.slice(0, colon)}:***@`;
    return scheme.toLowerCase() === 'ssh://' ? `${scheme}${info}@` : `${scheme}***@`;
  });
}

/** The same, for every value of a message's parameters. */
export function redactParams(params: Record<string, string>): Record<string, string> {
  return Object.fromEntries(Object.entries(params).map(([key, value]) => [key, redactCredentials(value)]));
}
