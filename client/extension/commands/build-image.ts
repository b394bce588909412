// "Build Image": asks for a tag (the last one, else `<folder>:latest`), build args and target (unless given), then builds and streams into the panel.
import type { BuildOutcome } from '../build-outcomes';
import { buildDockerfile } from '../build-flow';
import { defaultTag, promptBuildSettings, tagProblem } from '../build-prompts';
import { astOf } from '../dockerfile-asts';
import type { BuildSettings } from '../memory';
import type { Studio } from '../studio';
import { ensureTrusted, resolveTarget } from './target';
import * as vscode from 'vscode';

/** What tests (and other commands) pass to build without prompts. */
export type BuildImageOptions = Partial<BuildSettings>;

export const buildImage =
  (studio: Studio) =>
  async (first?: unknown, second?: unknown): Promise<BuildOutcome | undefined> => {
    if (!ensureTrusted()) return undefined;
    const target = await resolveTarget<BuildImageOptions>(first, second);
    if (!target) return undefined;
    const settings = target.options ? fromOptions(target.options) : await ask(studio, target.uri);
    if (!settings) return undefined;
    const problem = tagProblem(settings.tag);
    if (problem) {
      void vscode.window.showErrorMessage(problem);
      return undefined;
    }
    return buildDockerfile(studio, target.uri, settings);
  };

function fromOptions(options: BuildImageOptions): BuildSettings {
  return {
    ...options,
    tag: options.tag?.trim() ?? '',
    buildArgs: options.buildArgs ?? {},
    target: options.target,
    noCache: options.noCache ?? false,
  };
}

async function ask(studio: Studio, uri: vscode.Uri): Promise<BuildSettings | undefined> {
  const document = await vscode.workspace.openTextDocument(uri);
  return promptBuildSettings(astOf(document), await studio.memory.buildSettings(uri), defaultTag(uri));
}
