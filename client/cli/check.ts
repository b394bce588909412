// `dockerfile-studio check [--format text|json] [--lang en|ko] FILE…`: findings like a compiler's, or as JSON.
import { readFile } from 'node:fs/promises';
import { resolveLocale, type Locale } from '../../core/l10n';
import { cliMessage, environmentLocale } from './messages';
import type { Finding } from '../../core/rules';
import { checkDocument } from '../../core/check';
import { findIgnoreChecker } from '../../core/node/ignore-file';
import { flagValue, parseArgs, usageError, type CliIo, type FlagSpec } from './args';
import { readProblem } from './parse';

const FLAGS: Record<string, FlagSpec> = {
  format: { kind: 'value', choices: ['text', 'json'] },
  lang: { kind: 'value', choices: ['en', 'ko'] },
  help: { kind: 'bool', short: 'h' },
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

export async function main(argv: string[], io: CliIo, env: NodeJS.ProcessEnv = process.env): Promise<number> {
  const parsed = parseArgs(argv, FLAGS);
  const args = parsed.ok ? parsed.value : undefined;
  const locale = resolveLocale(args?.flags.get('lang')?.at(-1) ?? environmentLocale(env));
  const usage = cliMessage(locale, 'usage.check');
  if (!parsed.ok) return usageError(io, usage, cliMessage(locale, parsed.error.code, parsed.error.data));
  if (parsed.value.flags.has('help')) {
    io.stdout.write(usage);
    return 0;
  }
  const files = parsed.value.positionals;
  if (files.length === 0) return usageError(io, usage, cliMessage(locale, 'noFiles'));
  const { findings, unreadable } = await checkFiles(files, locale, io);
  if (flagValue(parsed.value, 'format', 'text') === 'json') io.stdout.write(`${JSON.stringify(findings, null, 2)}\n`);
  else printText(findings, locale, io);
  if (unreadable) return 2;
  return findings.some((f) => f.severity === 'error') ? 1 : 0;
}

/** Compiler-style lines on stdout, and a one-line summary for people on stderr. */
function printText(findings: FileFinding[], locale: Locale, io: CliIo): void {
  for (const f of findings) io.stdout.write(`${f.file}:${f.line}:${f.column}: ${f.severity} ${f.code}: ${f.message}\n`);
  const count = (severity: string): string => String(findings.filter((f) => f.severity === severity).length);
  const summary =
    findings.length === 0
      ? cliMessage(locale, 'summary.none')
      : cliMessage(locale, 'summary.some', { errors: count('error'), warnings: count('warning') });
  io.stderr.write(`${summary}\n`);
}

async function checkFiles(
  files: string[],
  locale: Locale,
  io: CliIo,
): Promise<{ findings: FileFinding[]; unreadable: boolean }> {
  const findings: FileFinding[] = [];
  let unreadable = false;
  for (const file of files) {
    let text: string;
    try {
      text = await readFile(file, 'utf8');
    } catch (error) {
      io.stderr.write(`dockerfile-studio: ${readProblem(error, file, locale)}\n`);
      unreadable = true;
      continue;
    }
    const isIgnored = await findIgnoreChecker(file);
    for (const finding of checkDocument(text, { locale, isIgnored })) findings.push(located(file, finding));
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
