// ARG words (`NAME` or `NAME=default`), and the names a `$NAME` reference can spell.
import { unquote } from './quotes';

export interface ArgWord {
  /** Everything before the first `=`: BuildKit reads `ARG a-b=1` as declaring `a-b`, not `a` (verified). */
  name: string;
  /** The default as written, quotes kept; undefined for a bare `ARG NAME`. */
  rawDefault: string | undefined;
  /** The default as the build reads it, one level of quotes removed. */
  defaultValue: string | undefined;
}

/** The name an ARG word declares (`parseArgWord`'s), without building the rest. */
export function argName(word: string): string {
  const eq = word.indexOf('=');
  return eq < 0 ? word : word.slice(0, eq);
}

/** `NAME=default` or `NAME`, one word of an ARG instruction. */
export function parseArgWord(word: string): ArgWord {
  const eq = word.indexOf('=');
  if (eq < 0) return { name: word, rawDefault: undefined, defaultValue: undefined };
  const rawDefault = word.slice(eq + 1);
  return { name: word.slice(0, eq), rawDefault, defaultValue: unquote(rawDefault) };
}

const VARIABLE_NAME = /^[A-Za-z_][A-Za-z0-9_]*$/;

/** Whether `$name` can refer to the variable: a letter or `_`, then letters, digits and `_`. */
export function isVariableName(name: string): boolean {
  return VARIABLE_NAME.test(name);
}
