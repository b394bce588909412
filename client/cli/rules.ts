// `dockerfile-studio rules [--format text|json|markdown]`: every rule, its default severity, whether it is a BuildKit
// build check, what it checks (in the chosen language), the hadolint codes it covers and where its documentation is.
import { translate, type Locale } from '../../core/l10n';
import { openableDocsUrl } from '../../core/node/docs-location';
import { rules, type Rule } from '../../core/rules';
import { checkText } from './check-messages';
import { startCommand, type CommandDefinition } from './command';
import { writeLine, type CliIo } from './io';

const FORMATS = ['text', 'json', 'markdown'] as const;
type Format = (typeof FORMATS)[number];

const OPTIONS = { format: { type: 'string', choices: FORMATS } } as const;

export const rulesCommand: CommandDefinition<typeof OPTIONS, { format: Format }> = {
  name: 'rules',
  options: OPTIONS,
  read: ({ values }) => ({ args: { format: (values.format ?? 'text') as Format } }),
  usage: (locale, common) => checkText(locale, 'usage.rules', { common }),
  usageStatus: 2,
};

interface RuleEntry {
  id: string;
  defaultSeverity: string;
  buildCheck: boolean;
  experimental: boolean;
  summary: string;
  /** hadolint's codes for the same check. */
  aliases: readonly string[];
  docs: string;
}

export async function main(argv: readonly string[], io: CliIo, inheritedLang?: string): Promise<number> {
  const started = startCommand(rulesCommand, argv, io, inheritedLang);
  if (typeof started === 'number') return started;
  const { locale, args } = started;
  const entries = rules.map((rule) => entryOf(rule, locale));
  if (args.format === 'json') io.stdout.write(`${JSON.stringify(entries, null, 2)}\n`);
  else if (args.format === 'markdown') markdown(entries, locale).forEach((line) => writeLine(io.stdout, line));
  else text(entries, locale).forEach((line) => writeLine(io.stdout, line));
  return Promise.resolve(0);
}

function entryOf(rule: Rule, locale: Locale): RuleEntry {
  return {
    id: rule.id,
    defaultSeverity: rule.experimental ? 'off' : rule.defaultSeverity,
    buildCheck: rule.buildCheck,
    experimental: rule.experimental === true,
    summary: translate(rule.messages, locale, 'summary'),
    aliases: rule.aliases ?? [],
    docs: openableDocsUrl(rule.url, locale),
  };
}

function severityText(entry: RuleEntry, locale: Locale): string {
  return entry.experimental ? checkText(locale, 'rules.off') : entry.defaultSeverity;
}

function kindText(entry: RuleEntry, locale: Locale): string {
  return checkText(locale, entry.buildCheck ? 'rules.buildCheck' : 'rules.ours');
}

function text(entries: readonly RuleEntry[], locale: Locale): string[] {
  const width = Math.max(...entries.map((e) => e.id.length));
  return entries.flatMap((e) => [
    `${e.id.padEnd(width)}  ${severityText(e, locale).padEnd(8)}  ${kindText(e, locale)}`,
    `${' '.repeat(width)}  ${e.summary}`,
    ...(e.aliases.length > 0 ? [`${' '.repeat(width)}  ${aliasText(e, locale)}`] : []),
    `${' '.repeat(width)}  ${e.docs}`,
  ]);
}

function aliasText(entry: RuleEntry, locale: Locale): string {
  return checkText(locale, 'rules.aliases', { aliases: entry.aliases.join(', ') });
}

function markdown(entries: readonly RuleEntry[], locale: Locale): string[] {
  const cell = (value: string): string => value.replaceAll('|', '\\|');
  return [
    checkText(locale, 'rules.head'),
    '|---|---|---|---|---|',
    ...entries.map((e) => {
      const cells = [`[${e.id}](${e.docs})`, severityText(e, locale), kindText(e, locale), cell(e.summary)];
      return `| ${[...cells, e.aliases.join(', ')].join(' | ')} |`;
    }),
  ];
}
