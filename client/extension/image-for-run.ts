// The image a Run of a Dockerfile uses: its last build when the Dockerfile has not changed since, else a fresh build
// with the last settings ("Build & Run").
import * as vscode from 'vscode';
import { buildDockerfile } from './build-flow';
import { defaultTag, promptTag } from './build-prompts';
import type { BuildSettings } from './memory';
import { changedSinceBuild } from './core/fingerprint';
import { defaultRunOptions, type RunOptions } from './core/run-options';
import type { Studio } from './studio';
import { imageLabel } from './studio-documents';

export interface ImageToRun {
  image: string;
  label: string;
}

/** `ask`: a first build asks for its tag (pre-filled with `<folder>:latest`); else it gets that tag. */
export async function imageForRun(
  studio: Studio,
  dockerfile: vscode.Uri,
  ask: boolean,
): Promise<ImageToRun | undefined> {
  const document = await vscode.workspace.openTextDocument(dockerfile);
  const built = studio.memory.builtImage(dockerfile);
  if (built && !document.isDirty && !changedSinceBuild(document.getText(), built.fingerprint)) {
    return { image: built.imageId, label: imageLabel(built) };
  }
  const settings = (await studio.memory.buildSettings(dockerfile)) ?? (await firstBuild(dockerfile, ask));
  if (!settings) return undefined;
  const outcome = await buildDockerfile(studio, dockerfile, settings);
  if (!outcome.ok || !outcome.imageId) return undefined;
  return { image: outcome.imageId, label: imageLabel({ imageId: outcome.imageId, tags: outcome.tags }) };
}

/** The settings of a Dockerfile's first build: a tag, so that rebuilds replace it instead of piling up `<none>`. */
async function firstBuild(dockerfile: vscode.Uri, ask: boolean): Promise<BuildSettings | undefined> {
  const tag = ask ? await promptTag(defaultTag(dockerfile)) : defaultTag(dockerfile);
  return tag === undefined ? undefined : { tag, buildArgs: {}, target: undefined, noCache: false };
}

/** The options a plain Run uses: the image's own CMD and the defaults, with the network setting. */
export function plainRunOptions(studio: Studio): RunOptions {
  return { ...defaultRunOptions, network: studio.config.runNetwork };
}

/** What "Run with Options…" starts from: the options it last ran the Dockerfile with, else a plain Run's. */
export async function optionsToPrefill(studio: Studio, dockerfile: vscode.Uri): Promise<RunOptions> {
  return (await studio.memory.runOptions(dockerfile)) ?? plainRunOptions(studio);
}
