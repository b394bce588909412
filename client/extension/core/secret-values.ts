// Build args and run env split by name: values whose names look secret (core/dockerfile/secret-names) are kept apart,
// never in workspace state, and joined back when read. Plain functions, without VS Code.
import { looksSecret } from '../../../core/dockerfile/secret-names';

export interface Split<T> {
  plain: T;
  secret: T;
}

/** `{ TOKEN: 'x', MODE: 'dev' }` → `{ plain: { MODE: 'dev' }, secret: { TOKEN: 'x' } }`. */
export function splitBuildArgs(args: Readonly<Record<string, string>>): Split<Record<string, string>> {
  const plain: Record<string, string> = {};
  const secret: Record<string, string> = {};
  for (const [name, value] of Object.entries(args)) (looksSecret(name) ? secret : plain)[name] = value;
  return { plain, secret };
}

/** `['API_KEY=x', 'MODE=dev']` → `{ plain: ['MODE=dev'], secret: ['API_KEY=x'] }`, each keeping its order. */
export function splitEnv(env: readonly string[]): Split<string[]> {
  const plain: string[] = [];
  const secret: string[] = [];
  for (const entry of env) (looksSecret(envName(entry)) ? secret : plain).push(entry);
  return { plain, secret };
}

function envName(entry: string): string {
  const eq = entry.indexOf('=');
  return eq === -1 ? entry : entry.slice(0, eq);
}
