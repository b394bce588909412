// "Run with options…": command override, env vars, ports (prefilled from EXPOSE), volumes, network, keep.
import * as vscode from 'vscode';
import { t } from './l10n';
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
  const command = await ask(
    t('runCommandTitle'),
    t('runCommandPrompt'),
    formatList(current.command),
    parseCommand,
    'sh -c "echo hi"',
  );
  if (command === undefined) return undefined;
  const env = await ask(
    t('runEnvTitle'),
    t('runEnvPrompt'),
    formatList(current.env),
    parseEnv,
    'MODE=dev LOG_LEVEL=debug',
  );
  if (env === undefined) return undefined;
  const ports = remembered ? current.ports : portsFromExpose(exposedPorts(ast));
  const published = await ask(t('runPortsTitle'), t('runPortsPrompt'), formatList(ports), parsePorts, '8080:80');
  if (published === undefined) return undefined;
  const volumes = await ask(
    t('runVolumesTitle'),
    t('runVolumesPrompt'),
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
    { label: 'default', description: t('runNetworkDefault'), value: 'default' as const },
    { label: 'none', description: t('runNetworkNone'), value: 'none' as const },
  ];
  return (
    await vscode.window.showQuickPick(currentFirst(items, current), {
      title: t('runNetworkTitle'),
      ignoreFocusOut: true,
    })
  )?.value;
}

async function pickKeep(current: boolean): Promise<boolean | undefined> {
  const items = [
    { label: t('runKeepRemove'), value: false },
    { label: t('runKeepKeep'), value: true },
  ];
  return (
    await vscode.window.showQuickPick(currentFirst(items, current), {
      title: t('runKeepTitle'),
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
      return t('optionOpenQuote');
    case 'envWithoutEquals':
      return t('optionBadEnv', { item: problem.item });
    case 'badPort':
      return t('optionBadPort', { item: problem.item });
    case 'badVolume':
      return t('optionBadVolume', { item: problem.item });
  }
}
