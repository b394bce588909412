// `dockerfile-studio parse [--format json] FILE`: the syntax tree as JSON (see core/parser/dump.ts).
import { readFile } from 'node:fs/promises';
import { resolveLocale, type Locale } from '../../core/l10n';
import { cliMessage, environmentLocale } from './messages';
import { parse } from '../../core/parser';
import { dumpAst } from '../../core/parser/dump';
import { parseArgs, usageError, type CliIo, type FlagSpec } from './args';

const FLAGS: Record<string, FlagSpec> = {
  format: { kind: 'value', choices: ['json'] },
  lang: { kind: 'value', choices: ['en', 'ko'] },
  help: { kind: 'bool', short: 'h' },
};

export async function main(argv: string[], io: CliIo, env: NodeJS.ProcessEnv = process.env): Promise<number> {
  const parsed = parseArgs(argv, FLAGS);
  const locale = resolveLocale(
    (parsed.ok ? parsed.value.flags.get('lang')?.at(-1) : undefined) ?? environmentLocale(env),
  );
  const usage = cliMessage(locale, 'usage.parse');
  if (!parsed.ok) return usageError(io, usage, cliMessage(locale, parsed.error.code, parsed.error.data));
  if (parsed.value.flags.has('help')) {
    io.stdout.write(usage);
    return 0;
  }
  const [file, ...extra] = parsed.value.positionals;
  if (file === undefined || extra.length > 0) return usageError(io, usage, cliMessage(locale, 'oneFile'));
  let text: string;
  try {
    text = await readFile(file, 'utf8');
  } catch (error) {
    io.stderr.write(`dockerfile-studio: ${readProblem(error, file, locale)}\n`);
    return 2;
  }
  io.stdout.write(`${JSON.stringify(dumpAst(parse(text)), null, 2)}\n`);
  return 0;
}

/** A file that cannot be read, said in one line: never a raw errno. */
export function readProblem(error: unknown, file: string, locale: Locale): string {
  const code = typeof error === 'object' && error !== null && 'code' in error ? String(error.code) : 'unknown';
  if (code === 'ENOENT' || code === 'EACCES' || code === 'EISDIR') return cliMessage(locale, `file.${code}`, { file });
  return cliMessage(locale, 'file.other', { file, code });
}
