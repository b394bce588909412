// "Build Image with Options…": a menu of every build option with its current value; picking one edits it, picking
// Build builds. The values start from the last build of the Dockerfile.
import * as vscode from 'vscode';
import { t } from './l10n';
import type { DockerfileAst } from '../../core/parser/ast';
import { loadEngine } from './bundles';
import type { PullChoice } from './config';
import { declaredArgs, targetableStages } from './core/dockerfile-facts';
import { parseEnv } from './core/run-options';
import { joinWords, splitWords } from './core/words';
import { promptBuildArgs, promptTag, promptTarget } from './build-prompts';
import type { BuildSettings } from './memory';

interface OptionItem extends vscode.QuickPickItem {
  /** Asks for a new value; undefined when the user backed out (the menu comes back unchanged). */
  edit?: (settings: BuildSettings) => Promise<BuildSettings | undefined>;
}

export interface OptionsContext {
  ast: DockerfileAst;
  /** The `dockerfileStudio.pull` setting, used when the build sets no pull policy. */
  pullSetting: PullChoice;
  /** Where relative secret files are read from. */
  contextDir: string;
}

export async function promptBuildOptions(
  context: OptionsContext,
  start: BuildSettings,
): Promise<BuildSettings | undefined> {
  let settings = start;
  for (;;) {
    const choice = await vscode.window.showQuickPick(menu(context, settings), {
      title: t('optionsTitle'),
      placeHolder: t('optionsPlaceholder'),
      ignoreFocusOut: true,
    });
    if (!choice) return undefined;
    if (!choice.edit) return settings;
    settings = (await choice.edit(settings)) ?? settings;
  }
}

function menu(context: OptionsContext, settings: BuildSettings): OptionItem[] {
  const { ast } = context;
  const none = t('optionNone');
  const shown = (words: readonly string[] | undefined): string => (words?.length ? joinWords(words) : none);
  const pairs = (values: Record<string, string> | undefined): string[] =>
    Object.entries(values ?? {}).map(([key, value]) => `${key}=${value}`);
  const items: (OptionItem | undefined)[] = [
    { label: t('optionsBuild'), alwaysShow: true },
    { label: t('optionTag'), description: settings.tag || none, edit: editTag },
    declaredArgs(ast).length > 0
      ? {
          label: t('optionBuildArgs'),
          description: shown(pairs(settings.buildArgs)),
          edit: async (s) => {
            const buildArgs = await promptBuildArgs(ast, s.buildArgs);
            return buildArgs && { ...s, buildArgs };
          },
        }
      : undefined,
    ast.stages.length > 1 && targetableStages(ast).length > 0
      ? {
          label: t('optionTarget'),
          description: settings.target ?? t('targetLastStage'),
          edit: async (s) => {
            const target = await promptTarget(ast, s.target);
            return target === null ? undefined : { ...s, target };
          },
        }
      : undefined,
    { label: t('optionPlatform'), description: settings.platform ?? none, edit: editPlatform },
    {
      label: t('optionPull'),
      description: settings.pull ?? t('optionSetting', { value: context.pullSetting }),
      edit: (s) => editPull(s, context.pullSetting),
    },
    { label: t('optionNoCache'), description: settings.noCache ? t('noCacheOn') : t('noCacheOff'), edit: editNoCache },
    { label: t('optionLabels'), description: shown(pairs(settings.labels)), edit: editLabels },
    { label: t('optionCacheFrom'), description: shown(settings.cacheFrom), edit: editCacheFrom },
    {
      label: t('optionSecrets'),
      description: shown(settings.secrets),
      edit: (s) => editSecrets(s, context.contextDir),
    },
    { label: t('optionSsh'), description: shown(settings.ssh), edit: editSsh },
  ];
  return items.filter((item): item is OptionItem => item !== undefined);
}

async function editTag(settings: BuildSettings): Promise<BuildSettings | undefined> {
  const tag = await promptTag(settings.tag);
  return tag === undefined ? undefined : { ...settings, tag };
}

async function editPlatform(settings: BuildSettings): Promise<BuildSettings | undefined> {
  const text = await vscode.window.showInputBox({
    title: t('optionPlatform'),
    prompt: t('platformPrompt'),
    placeHolder: 'linux/arm64',
    value: settings.platform ?? '',
    ignoreFocusOut: true,
    validateInput: (input) =>
      input.trim() === '' || /^[a-z0-9_-]+\/[a-z0-9_-]+(\/[a-z0-9_.-]+)?$/i.test(input.trim())
        ? undefined
        : t('platformInvalid'),
  });
  if (text === undefined) return undefined;
  return { ...settings, platform: text.trim() || undefined };
}

async function editPull(settings: BuildSettings, pullSetting: PullChoice): Promise<BuildSettings | undefined> {
  const items: (vscode.QuickPickItem & { pull: PullChoice | undefined })[] = [
    { label: t('optionSetting', { value: pullSetting }), pull: undefined },
    { label: t('pullMissing'), pull: 'missing' },
    { label: t('pullAlways'), pull: 'always' },
    { label: t('pullNever'), pull: 'never' },
  ];
  const choice = await vscode.window.showQuickPick(items, { title: t('optionPull'), ignoreFocusOut: true });
  return choice && { ...settings, pull: choice.pull };
}

async function editNoCache(settings: BuildSettings): Promise<BuildSettings | undefined> {
  const items = [
    { label: t('noCacheOff'), noCache: false },
    { label: t('noCacheOn'), noCache: true },
  ];
  const choice = await vscode.window.showQuickPick(items, { title: t('optionNoCache'), ignoreFocusOut: true });
  return choice && { ...settings, noCache: choice.noCache };
}

async function editLabels(settings: BuildSettings): Promise<BuildSettings | undefined> {
  const current = Object.entries(settings.labels ?? {}).map(([key, value]) => `${key}=${value}`);
  const words = await promptWords(t('optionLabels'), t('labelsPrompt'), current, (word) =>
    parseEnv(word).ok ? undefined : t('labelsInvalid'),
  );
  if (!words) return undefined;
  const labels = Object.fromEntries(
    words.map((word) => [word.slice(0, word.indexOf('=')), word.slice(word.indexOf('=') + 1)]),
  );
  return { ...settings, labels };
}

async function editCacheFrom(settings: BuildSettings): Promise<BuildSettings | undefined> {
  const cacheFrom = await promptWords(
    t('optionCacheFrom'),
    t('cacheFromPrompt'),
    settings.cacheFrom ?? [],
    () => undefined,
  );
  return cacheFrom && { ...settings, cacheFrom };
}

async function editSecrets(settings: BuildSettings, contextDir: string): Promise<BuildSettings | undefined> {
  const { parseSecretSpec } = loadEngine();
  const secrets = await promptWords(t('optionSecrets'), t('secretsPrompt'), settings.secrets ?? [], (item) =>
    parseSecretSpec(item, contextDir) ? undefined : t('secretsInvalid', { item }),
  );
  return secrets && { ...settings, secrets };
}

async function editSsh(settings: BuildSettings): Promise<BuildSettings | undefined> {
  const { parseSshSpec } = loadEngine();
  const ssh = await promptWords(t('optionSsh'), t('sshPrompt'), settings.ssh ?? [], (item) =>
    parseSshSpec(item) ? undefined : t('sshInvalid', { item }),
  );
  return ssh && { ...settings, ssh };
}

/** A space-separated list, each word checked as it is typed; undefined when the user backed out. */
async function promptWords(
  title: string,
  prompt: string,
  current: readonly string[],
  problemOf: (word: string) => string | undefined,
): Promise<string[] | undefined> {
  const check = (input: string): string | undefined => {
    const split = splitWords(input);
    if (!split.ok) return t('optionOpenQuote');
    return split.words.map(problemOf).find((problem) => problem !== undefined);
  };
  const text = await vscode.window.showInputBox({
    title,
    prompt,
    value: joinWords(current),
    ignoreFocusOut: true,
    validateInput: check,
  });
  if (text === undefined || check(text) !== undefined) return undefined;
  const split = splitWords(text);
  return split.ok ? split.words : undefined;
}
