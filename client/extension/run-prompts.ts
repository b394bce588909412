// "Run with options…": command override, env vars, ports (prefilled from EXPOSE), volumes, network, keep.
import * as vscode from 'vscode';
import type { DockerfileAst } from '../../core/parser/ast';
import { exposedPorts } from './core/dockerfile-facts';
import {
  formatList,
  parseCommand,
  parseEnv,
  parsePorts,
  parseVolumes,
  portsFromExpose,
  type OptionProblem,
  type Parsed,
  type RunOptions,
} from './core/run-options';

export async function promptRunOptions(
  ast: DockerfileAst,
  current: RunOptions,
  remembered: boolean,
): Promise<RunOptions | undefined> {
  const t = vscode.l10n.t;
  const command = await ask(
    t('Run: command'),
    t("Command to run instead of the image's CMD; empty keeps CMD."),
    formatList(current.command),
    parseCommand,
    'sh -c "echo hi"',
  );
  if (command === undefined) return undefined;
  const env = await ask(
    t('Run: environment variables'),
    t('NAME=value pairs separated by spaces (-e).'),
    formatList(current.env),
    parseEnv,
    'MODE=dev LOG_LEVEL=debug',
  );
  if (env === undefined) return undefined;
  const ports = remembered ? current.ports : portsFromExpose(exposedPorts(ast));
  const published = await ask(
    t('Run: published ports'),
    t('HOST:CONTAINER pairs separated by spaces (-p); prefilled from EXPOSE.'),
    formatList(ports),
    parsePorts,
    '8080:80',
  );
  if (published === undefined) return undefined;
  const volumes = await ask(
    t('Run: volumes'),
    t('/host/path:/container/path[:ro] or volume:/path, separated by spaces (-v).'),
    formatList(current.volumes),
    parseVolumes,
    '/data:/data:ro',
  );
  if (volumes === undefined) return undefined;
  const network = await pickNetwork(current.network);
  if (network === undefined) return undefined;
  const keep = await pickKeep(current.keep);
  if (keep === undefined) return undefined;
  return { command, env, ports: published, volumes, network, keep };
}

async function ask<T>(
  title: string,
  prompt: string,
  value: string,
  parse: (text: string) => Parsed<T>,
  placeHolder: string,
): Promise<T | undefined> {
  const text = await vscode.window.showInputBox({
    title,
    prompt,
    value,
    placeHolder,
    ignoreFocusOut: true,
    validateInput: (input) => {
      const parsed = parse(input);
      return parsed.ok ? undefined : problemText(parsed);
    },
  });
  if (text === undefined) return undefined;
  const parsed = parse(text);
  return parsed.ok ? parsed.value : undefined;
}

async function pickNetwork(current: 'default' | 'none'): Promise<'default' | 'none' | undefined> {
  const items = [
    { label: 'default', description: vscode.l10n.t("The engine's default network"), value: 'default' as const },
    { label: 'none', description: vscode.l10n.t('No network'), value: 'none' as const },
  ];
  return (
    await vscode.window.showQuickPick(currentFirst(items, current), {
      title: vscode.l10n.t('Run: network'),
      ignoreFocusOut: true,
    })
  )?.value;
}

async function pickKeep(current: boolean): Promise<boolean | undefined> {
  const items = [
    { label: vscode.l10n.t('Remove the container when it exits (--rm)'), value: false },
    { label: vscode.l10n.t('Keep the container after it exits'), value: true },
  ];
  return (
    await vscode.window.showQuickPick(currentFirst(items, current), {
      title: vscode.l10n.t('Run: afterwards'),
      ignoreFocusOut: true,
    })
  )?.value;
}

function currentFirst<T extends { value: unknown }>(items: T[], current: unknown): T[] {
  return [...items.filter((item) => item.value === current), ...items.filter((item) => item.value !== current)];
}

function problemText(problem: OptionProblem): string {
  switch (problem.problem) {
    case 'unterminatedQuote':
      return vscode.l10n.t('A quote is not closed.');
    case 'envWithoutEquals':
      return vscode.l10n.t('"{0}" is not NAME=value.', problem.item);
    case 'badPort':
      return vscode.l10n.t(
        '"{0}" is not a port mapping: use HOST:CONTAINER, e.g. 8080:80 (optionally IP:HOST:CONTAINER or /udp).',
        problem.item,
      );
    case 'badVolume':
      return vscode.l10n.t(
        '"{0}" is not a volume: use /host/path:/container/path or name:/container/path, optionally :ro.',
        problem.item,
      );
  }
}
