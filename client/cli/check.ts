// `dockerfile-studio check [--format text|json] [--lang en|ko] FILE…`: findings like a compiler's, or as JSON.
import { readFile } from 'node:fs/promises';
import { resolve } from 'node:path';
import type { Locale } from '../../core/l10n';
import { parse } from '../../core/parser';
import { validate, type Finding } from '../../core/rules';
import { findIgnoreChecker } from '../../core/node/ignore-file';
import { shellOptionsFor } from '../../core/node/shell-options';
import { readProblem, startCommand, type CommandDefinition, type StartedCommand } from './command';
import { writeLine, type CliIo } from './io';
import { cliText } from './messages';

const OPTIONS = { format: { type: 'string', choices: ['text', 'json'] } } as const;

export const checkCommand: CommandDefinition<typeof OPTIONS, { files: string[]; format: 'text' | 'json' }> = {
  name: 'check',
  options: OPTIONS,
  read: ({ values, positionals }) =>
    positionals.length === 0
      ? { mistake: (locale) => cliText(locale, 'noFiles') }
      : { args: { files: positionals, format: values.format === 'json' ? 'json' : 'text' } },
  usage: (locale, common) => cliText(locale, 'usage.check', { common }),
  usageStatus: 2,
};

interface FileFinding {
  file: string;
  line: number;
  column: number;
  endLine: number;
  endColumn: number;
  severity: Finding['severity'];
  code: string;
  message: string;
}

export async function main(argv: readonly string[], io: CliIo, inheritedLang?: string): Promise<number> {
  const started = startCommand(checkCommand, argv, io, inheritedLang);
  if (typeof started === 'number') return started;
  const { args, locale } = started;
  const { findings, unreadable } = await checkFiles(args.files, io, started);
  if (args.format === 'json') io.stdout.write(`${JSON.stringify(findings, null, 2)}\n`);
  else printText(findings, locale, io);
  if (unreadable) return 2;
  return findings.some((f) => f.severity === 'error') ? 1 : 0;
}

/** Compiler-style lines on stdout, and a one-line summary for people on stderr. */
function printText(findings: FileFinding[], locale: Locale, io: CliIo): void {
  for (const f of findings)
    writeLine(io.stdout, `${f.file}:${f.line}:${f.column}: ${f.severity} ${f.code}: ${f.message}`);
  const count = (severity: string): string => String(findings.filter((f) => f.severity === severity).length);
  const summary =
    findings.length === 0
      ? cliText(locale, 'summary.none')
      : cliText(locale, 'summary.some', { errors: count('error'), warnings: count('warning') });
  writeLine(io.stderr, summary);
}

async function checkFiles(
  files: string[],
  io: CliIo,
  { locale, complain }: StartedCommand<unknown>,
): Promise<{ findings: FileFinding[]; unreadable: boolean }> {
  const findings: FileFinding[] = [];
  let unreadable = false;
  for (const file of files) {
    const path = resolve(io.cwd, file);
    let text: string;
    try {
      text = await readFile(path, 'utf8');
    } catch (error) {
      complain(readProblem(error, file, locale));
      unreadable = true;
      continue;
    }
    const isIgnored = await findIgnoreChecker(path);
    const ast = parse(text);
    const shell = await shellOptionsFor(ast, text, { env: io.env });
    for (const finding of validate(ast, { locale, isIgnored, text, shell })) findings.push(located(file, finding));
  }
  return { findings, unreadable };
}

function located(file: string, finding: Finding): FileFinding {
  const { start, end } = finding.range;
  return {
    file,
    line: start.line + 1,
    column: start.character + 1,
    endLine: end.line + 1,
    endColumn: end.character + 1,
    severity: finding.severity,
    code: finding.code,
    message: finding.message,
  };
}
