// Asks for what a build needs: a tag (validated as you type), build args from the Dockerfile's ARGs, a target stage.
import * as path from 'node:path';
import * as vscode from 'vscode';
import { t } from './l10n';
import { defaultTagFor, imageTagProblem } from '../../core/image-tag';
import { resolveLocale } from '../../core/l10n';
import type { DockerfileAst } from '../../core/parser/ast';
import { declaredArgs, targetableStages } from './core/dockerfile-facts';
import { formatList, parseEnv } from './core/run-options';
import type { BuildSettings } from './memory';

export async function promptBuildSettings(
  ast: DockerfileAst,
  remembered: BuildSettings | undefined,
  defaultTag: string,
): Promise<BuildSettings | undefined> {
  const tag = await promptTag(remembered?.tag || defaultTag);
  if (tag === undefined) return undefined;
  const buildArgs = await promptBuildArgs(ast, remembered?.buildArgs ?? {});
  if (buildArgs === undefined) return undefined;
  const target = await promptTarget(ast, remembered?.target);
  if (target === null) return undefined;
  return { ...remembered, tag, buildArgs, target, noCache: remembered?.noCache ?? false };
}

/** The tag a first build of this Dockerfile offers: its folder's name, `:latest`. */
export function defaultTag(dockerfile: vscode.Uri): string {
  return defaultTagFor(path.basename(path.dirname(dockerfile.fsPath)));
}

/** Checks a build tag (`dockerid/repo:version`; empty builds without one); returns the problem, or undefined. */
export function tagProblem(tag: string): string | undefined {
  if (tag.trim() === '') return undefined;
  return imageTagProblem(tag.trim(), resolveLocale(vscode.env.language));
}

export function promptTag(value: string): Thenable<string | undefined> {
  return vscode.window
    .showInputBox({
      title: t('tagTitle'),
      prompt: t('tagPrompt'),
      placeHolder: 'dockerid/repo:version',
      value,
      ignoreFocusOut: true,
      validateInput: tagProblem,
    })
    .then((tag) => tag?.trim());
}

export async function promptBuildArgs(
  ast: DockerfileAst,
  remembered: Record<string, string>,
): Promise<Record<string, string> | undefined> {
  const args = declaredArgs(ast);
  if (args.length === 0) return {};
  const prefill = args.map((arg) => `${arg.name}=${remembered[arg.name] ?? arg.defaultValue ?? ''}`);
  const text = await vscode.window.showInputBox({
    title: t('buildArgsTitle'),
    prompt: t('buildArgsPrompt'),
    value: formatList(prefill),
    ignoreFocusOut: true,
    validateInput: (input) => {
      const parsed = parseEnv(input);
      return parsed.ok ? undefined : t('buildArgsInvalid');
    },
  });
  if (text === undefined) return undefined;
  const parsed = parseEnv(text);
  if (!parsed.ok) return undefined;
  const withoutDefault = new Set(args.filter((arg) => arg.defaultValue === undefined).map((arg) => arg.name));
  const entries = parsed.value.map(
    (pair) => [pair.slice(0, pair.indexOf('=')), pair.slice(pair.indexOf('=') + 1)] as const,
  );
  return Object.fromEntries(entries.filter(([name, value]) => !(value === '' && withoutDefault.has(name))));
}

/** undefined: build the last stage; null: the user cancelled. */
export async function promptTarget(
  ast: DockerfileAst,
  remembered: string | undefined,
): Promise<string | undefined | null> {
  const stages = targetableStages(ast);
  if (ast.stages.length < 2 || stages.length === 0) return undefined;
  const lastStage = t('targetLastStage');
  const items = [lastStage, ...stages].map((label) => ({ label, picked: label === remembered }));
  items.sort((a, b) => Number(b.picked) - Number(a.picked));
  const choice = await vscode.window.showQuickPick(items, {
    title: t('targetTitle'),
    placeHolder: t('targetPlaceholder'),
    ignoreFocusOut: true,
  });
  if (!choice) return null;
  return choice.label === lastStage ? undefined : choice.label;
}
