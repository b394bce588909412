// "Build Image with Options…": every build option (tag, build args, target, platform, pull, cache, labels,
// cache-from, secrets, SSH) in one menu, starting from the last build's; then builds like Build Image.
import * as vscode from 'vscode';
import type { BuildOutcome } from '../build-outcomes';
import { buildDockerfile, contextDirFor } from '../build-flow';
import { promptBuildOptions } from '../build-options-prompts';
import { defaultTag } from '../build-prompts';
import { astOf } from '../dockerfile-asts';
import type { Studio } from '../studio';
import { ensureTrusted, resolveTarget } from './target';

export const buildImageWithOptions =
  (studio: Studio) =>
  async (first?: unknown): Promise<BuildOutcome | undefined> => {
    if (!ensureTrusted()) return undefined;
    const target = await resolveTarget<object>(first, undefined);
    if (!target) return undefined;
    const document = await vscode.workspace.openTextDocument(target.uri);
    const remembered = await studio.memory.buildSettings(target.uri);
    const start = remembered ?? { tag: defaultTag(target.uri), buildArgs: {}, target: undefined, noCache: false };
    const settings = await promptBuildOptions(
      { ast: astOf(document), pullSetting: studio.config.pull, contextDir: contextDirFor(studio, target.uri) },
      { ...start, tag: start.tag || defaultTag(target.uri) },
    );
    return settings && buildDockerfile(studio, target.uri, settings);
  };
