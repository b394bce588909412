// `dockerfile-studio parse [--format json] FILE`: the syntax tree as JSON (see core/parser/dump.ts).
import { readFile } from 'node:fs/promises';
import { resolve } from 'node:path';
import { parse } from '../../core/parser';
import { dumpAst } from '../../core/parser/dump';
import { readProblem, startCommand, type CommandDefinition } from './command';
import type { CliIo } from './io';
import { cliText } from './messages';

const OPTIONS = { format: { type: 'string', choices: ['json'] } } as const;

export const parseCommand: CommandDefinition<typeof OPTIONS, { file: string }> = {
  name: 'parse',
  options: OPTIONS,
  read: ({ positionals: [file, ...extra] }) =>
    file === undefined || extra.length > 0 ? { mistake: (locale) => cliText(locale, 'oneFile') } : { args: { file } },
  usage: (locale, common) => cliText(locale, 'usage.parse', { common }),
  usageStatus: 2,
};

export async function main(argv: readonly string[], io: CliIo, inheritedLang?: string): Promise<number> {
  const started = startCommand(parseCommand, argv, io, inheritedLang);
  if (typeof started === 'number') return started;
  const { file } = started.args;
  let text: string;
  try {
    text = await readFile(resolve(io.cwd, file), 'utf8');
  } catch (error) {
    started.complain(readProblem(error, file, started.locale));
    return 2;
  }
  io.stdout.write(`${JSON.stringify(dumpAst(parse(text)), null, 2)}\n`);
  return 0;
}
