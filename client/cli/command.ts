// What every command does first, the same way: read its command line (with `--lang` and `-h/--help` for all), choose
// the locale, print the help or the usage mistake. And how a command says what went wrong, on one line of stderr.
import { environmentLocale, LOCALES, resolveLocale, type Locale } from '../../core/l10n';
import { parseCommandLine, type CommandLine, type OptionSpecs, type OptionValues } from './command-line';
import { writeLine, type CliIo } from './io';
import { cliText } from './messages';

export const COMMON_OPTIONS = {
  lang: { type: 'string', choices: LOCALES },
  help: { type: 'boolean', short: 'h' },
} as const satisfies OptionSpecs;

export type CommonOptions = typeof COMMON_OPTIONS;

/** What is wrong with a command line, said in the locale asked for. */
export interface Mistake {
  mistake: (locale: Locale) => string;
}

/** A command's arguments, or what is wrong with its command line. */
export type ArgsOrMistake<A> = { args: A } | Mistake;

export interface CommandDefinition<S extends OptionSpecs, A> {
  /** `check`, `run`, …; undefined for the dispatcher itself. */
  name: string | undefined;
  options: S;
  stopAtFirstPositional?: boolean;
  /** The command's arguments from a command line whose options are all valid. */
  read(line: CommandLine<S & CommonOptions>, io: CliIo): ArgsOrMistake<A>;
  /** The full help text; `common` is the text of the options every command has. */
  usage(locale: Locale, common: string): string;
  /** The exit status of a usage mistake: 2, or docker's 125 for `run`. */
  usageStatus: number;
}

export type CommandReading<A> = { locale: Locale } & (
  { kind: 'help' } | { kind: 'mistake'; message: string } | { kind: 'args'; args: A }
);

/** Reads a command line without printing anything. `inheritedLang` is the dispatcher's `--lang`. */
export function readCommand<S extends OptionSpecs, A>(
  command: CommandDefinition<S, A>,
  argv: readonly string[],
  io: CliIo,
  inheritedLang?: string,
): CommandReading<A> {
  const line = parseCommandLine(argv, { ...command.options, ...COMMON_OPTIONS }, command);
  const common = line.values as OptionValues<CommonOptions>; // what TypeScript cannot see through the generic S
  const locale = resolveLocale(common.lang ?? inheritedLang ?? environmentLocale(io.env));
  if (line.mistake) return { locale, kind: 'mistake', message: cliText(locale, line.mistake.key, line.mistake.values) };
  if (common.help) return { locale, kind: 'help' };
  const read = command.read(line, io);
  return 'args' in read
    ? { locale, kind: 'args', args: read.args }
    : { locale, kind: 'mistake', message: read.mistake(locale) };
}

export interface StartedCommand<A> {
  args: A;
  locale: Locale;
  /** One line on stderr, prefixed with the command: `dockerfile-studio check: cannot read …`. */
  complain: (message: string) => void;
}

/**
 * Reads the command line and prints the help or the usage mistake, returning the exit status, when the command has
 * nothing more to do; else returns what the command needs to go on.
 */
export function startCommand<S extends OptionSpecs, A>(
  command: CommandDefinition<S, A>,
  argv: readonly string[],
  io: CliIo,
  inheritedLang?: string,
): StartedCommand<A> | number {
  const reading = readCommand(command, argv, io, inheritedLang);
  const { locale } = reading;
  const program = command.name ? `dockerfile-studio ${command.name}` : 'dockerfile-studio';
  const complain = (message: string): void => writeLine(io.stderr, `${program}: ${message}`);
  if (reading.kind === 'help') return printHelp(command, locale, io);
  if (reading.kind === 'args') return { args: reading.args, locale, complain };
  complain(reading.message);
  writeLine(io.stderr, cliText(locale, 'seeHelp', { command: program }));
  return command.usageStatus;
}

/** Prints the command's help on stdout; returns the exit status 0. */
function printHelp<S extends OptionSpecs, A>(command: CommandDefinition<S, A>, locale: Locale, io: CliIo): number {
  io.stdout.write(command.usage(locale, cliText(locale, 'usage.common')));
  return 0;
}

/** A file that cannot be read, said in one line: never a raw errno. */
export function readProblem(error: unknown, file: string, locale: Locale): string {
  const code = typeof error === 'object' && error !== null && 'code' in error ? String(error.code) : 'unknown';
  if (code === 'ENOENT' || code === 'EACCES' || code === 'EISDIR') return cliText(locale, `file.${code}`, { file });
  return cliText(locale, 'file.other', { file, code });
}
