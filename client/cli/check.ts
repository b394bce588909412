// `dockerfile-studio check [--format text|json|sarif|github] [--config FILE] [--build-arg K=V]… FILE…`: findings like a
// compiler's, as JSON, as SARIF 2.1.0 or as GitHub workflow annotations.
import { readFileSync } from 'node:fs';
import { dirname, resolve } from 'node:path';
import type { Locale } from '../../core/l10n';
import { parse } from '../../core/parser';
import { validate, type ValidateOptions } from '../../core/rules';
import { ConfigFileFinder, readConfigFile, type ConfigProblem, type StudioConfig } from '../../core/node/config-file';
import { IgnoreFileReader } from '../../core/node/ignore-file';
import { ShellOptionsSource } from '../../core/node/shell-options';
import { SHELL_ANALYSIS_MAX_SIZE } from '../../core/shell';
import { isKnownCode } from '../../core/rules/registry';
import { ALL_RULES, reaches } from '../../core/rules/severity';
import { yamlProblemText } from '../../core/node/yaml-subset';
import { checkText } from './check-messages';
import { dockerfilePaths } from './dockerfile-paths';
import { githubLines, located, sarifLog, textLines, type FileFinding } from './check-formats';
import { readProblem, startCommand, type CommandDefinition, type StartedCommand } from './command';
import type { LocalImages } from './engine-images';
import { writeLine, type CliIo } from './io';
import { cliText } from './messages';

const FORMATS = ['text', 'json', 'sarif', 'github'] as const;
type Format = (typeof FORMATS)[number];

const OPTIONS = {
  format: { type: 'string', choices: FORMATS },
  config: { type: 'string' },
  'build-arg': { type: 'string', multiple: true },
  'use-engine': { type: 'boolean' },
} as const;

interface CheckArgs {
  files: string[];
  format: Format;
  config: string | undefined;
  buildArgs: Record<string, string>;
  useEngine: boolean;
}

export const checkCommand: CommandDefinition<typeof OPTIONS, CheckArgs> = {
  name: 'check',
  options: OPTIONS,
  read: ({ values, positionals }, io) => {
    if (positionals.length === 0) return { mistake: (locale) => cliText(locale, 'noFiles') };
    const buildArgs: Record<string, string> = {};
    for (const arg of values['build-arg']) {
      const eq = arg.indexOf('=');
      const key = eq < 0 ? arg : arg.slice(0, eq);
      if (key === '') return { mistake: (locale) => checkText(locale, 'badBuildArg', { value: arg }) };
      // As docker does: `--build-arg KEY` takes the environment's value, and is left out when it has none.
      const value = eq < 0 ? io.env[key] : arg.slice(eq + 1);
      if (value !== undefined) buildArgs[key] = value;
    }
    const format = (values.format ?? 'text') as Format;
    const useEngine = values['use-engine'];
    return { args: { files: positionals, format, config: values.config, buildArgs, useEngine } };
  },
  usage: (locale, common) => checkText(locale, 'usage.check', { common }),
  usageStatus: 2,
};

export async function main(argv: readonly string[], io: CliIo, inheritedLang?: string): Promise<number> {
  const started = startCommand(checkCommand, argv, io, inheritedLang);
  if (typeof started === 'number') return started;
  const { args, locale } = started;
  const configs: ConfigCache = { finder: new ConfigFileFinder(), loaded: new Map() };
  const explicit =
    args.config === undefined ? undefined : loadConfig(resolve(io.cwd, args.config), started, configs.loaded);
  if (explicit === null) return 2;
  const { findings, failed, unreadable } = await checkFiles(args, io, started, explicit ?? configs);
  if (findings === undefined) return 2;
  if (args.format === 'json') io.stdout.write(`${JSON.stringify(findings, null, 2)}\n`);
  else if (args.format === 'sarif') io.stdout.write(`${JSON.stringify(sarifLog(findings, locale), null, 2)}\n`);
  else if (args.format === 'github') githubLines(findings).forEach((line) => writeLine(io.stdout, line));
  else printText(findings, locale, io);
  if (unreadable) return 2;
  return failed ? 1 : 0;
}

/** Compiler-style lines on stdout, and a one-line summary for people on stderr. */
function printText(findings: FileFinding[], locale: Locale, io: CliIo): void {
  textLines(findings).forEach((line) => writeLine(io.stdout, line));
  const count = (severity: string): string => String(findings.filter((f) => f.severity === severity).length);
  const summary =
    findings.length === 0
      ? cliText(locale, 'summary.none')
      : cliText(locale, 'summary.some', { errors: count('error'), warnings: count('warning') });
  writeLine(io.stderr, summary);
}

interface Checked {
  /** Undefined when a config file was malformed (already reported). */
  findings: FileFinding[] | undefined;
  /** A finding reached its config file's failure threshold (errors, without one). */
  failed: boolean;
  unreadable: boolean;
}

interface ConfigCache {
  finder: ConfigFileFinder;
  /** Config files read so far, by path; null for a malformed one. */
  loaded: Map<string, StudioConfig | null>;
}

/** Checks every file, with the config file given (`--config`) or, per file, the nearest one. */
async function checkFiles(
  args: CheckArgs,
  io: CliIo,
  started: StartedCommand<unknown>,
  configs: StudioConfig | ConfigCache,
): Promise<Checked> {
  const { locale, complain } = started;
  const findings: FileFinding[] = [];
  const { files, emptyFolders } = await dockerfilePaths(args.files, io.cwd);
  for (const folder of emptyFolders) complain(checkText(locale, 'noDockerfilesIn', { folder }));
  let unreadable = emptyFolders.length > 0;
  let failed = false;
  const engine: LocalImages | undefined = args.useEngine
    ? await (await import('./engine-images.js')).localImages(io)
    : undefined;
  const ignoreFiles = new IgnoreFileReader();
  const shell = new ShellOptionsSource({ env: io.env });
  try {
    for (const file of files) {
      const path = resolve(io.cwd, file);
      let text: string;
      try {
        text = readFileSync(path, 'utf8');
      } catch (error) {
        complain(readProblem(error, file, locale));
        unreadable = true;
        continue;
      }
      const config = 'finder' in configs ? configNear(path, started, configs) : configs;
      if (config === null) return { findings: undefined, failed, unreadable };
      const ast = parse(text);
      const reduced = text.length > SHELL_ANALYSIS_MAX_SIZE;
      if (reduced) complain(checkText(locale, 'reducedChecks', { file, size: String(SHELL_ANALYSIS_MAX_SIZE) }));
      const options: ValidateOptions = {
        locale,
        text,
        isIgnored: ignoreFiles.checkerFor(path),
        severities: config?.rules,
        trustedRegistries: config?.trustedRegistries,
        buildArgs: args.buildArgs,
        shell: reduced ? undefined : await shell.optionsFor(ast),
        ...(await engine?.optionsFor(text, args.buildArgs)),
      };
      const threshold = config?.failureThreshold ?? 'error';
      for (const finding of validate(ast, options)) {
        findings.push(located(file, finding));
        if (threshold !== 'none' && reaches(finding.severity, threshold)) failed = true;
      }
    }
  } finally {
    engine?.close();
  }
  return { findings, failed, unreadable };
}

/** The nearest config file's severities; null when it is malformed (reported on stderr). */
function configNear(
  dockerfile: string,
  started: StartedCommand<unknown>,
  configs: ConfigCache,
): StudioConfig | undefined | null {
  const path = configs.finder.find(dirname(dockerfile));
  return path === undefined ? undefined : loadConfig(path, started, configs.loaded);
}

function loadConfig(
  path: string,
  { locale, complain }: StartedCommand<unknown>,
  loaded: ConfigCache['loaded'],
): StudioConfig | null {
  const cached = loaded.get(path);
  if (cached !== undefined) return cached;
  const result = readConfigFile(path);
  const config = result.ok ? result.config : null;
  if (!result.ok) complain(configProblemText(result.problem, locale));
  if (config?.kind === 'hadolint') complain(checkText(locale, 'config.hadolint', { path }));
  // hadolint's files name hadolint's codes, including checks we do not have: only our own file is held to ours.
  const named = config?.kind === 'studio' ? Object.keys(config.rules) : [];
  for (const rule of named.filter((code) => code !== ALL_RULES && !isKnownCode(code)))
    complain(checkText(locale, 'config.unknownRule', { path, rule }));
  loaded.set(path, config);
  return config;
}

function configProblemText(problem: ConfigProblem, locale: Locale): string {
  if (problem.kind === 'severity')
    return checkText(locale, 'config.severity', { path: problem.path, rule: problem.rule, value: problem.value });
  if (problem.kind === 'json') return checkText(locale, 'config.json', { path: problem.path, detail: problem.detail });
  if (problem.kind === 'yaml') {
    const detail = yamlProblemText(locale, problem.problem, problem.text);
    return checkText(locale, 'config.yaml', { path: problem.path, line: String(problem.line), detail });
  }
  if (problem.kind === 'value')
    return checkText(locale, 'config.value', { path: problem.path, key: problem.key, value: problem.value });
  return checkText(locale, 'config.shape', { path: problem.path });
}
