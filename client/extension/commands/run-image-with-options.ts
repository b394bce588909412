// "Run with options…": asks for the run options (pre-filled with the last ones for this Dockerfile), then runs like
// Run Image. Only this command uses them; a plain Run keeps the image's own CMD.
import * as vscode from 'vscode';
import type { RunRecord } from '../active-runs';
import { astOf } from '../dockerfile-asts';
import { imageForRun, optionsToPrefill } from '../image-for-run';
import { runInPanel } from '../run-flow';
import { promptRunOptions } from '../run-prompts';
import type { Studio } from '../studio';
import { ensureTrusted, resolveTarget } from './target';

export const runImageWithOptions =
  (studio: Studio) =>
  async (first?: unknown): Promise<RunRecord | undefined> => {
    if (!ensureTrusted()) return undefined;
    const target = await resolveTarget<object>(first, undefined);
    if (!target) return undefined;
    const document = await vscode.workspace.openTextDocument(target.uri);
    const remembered = (await studio.memory.runOptions(target.uri)) !== undefined;
    const current = await optionsToPrefill(studio, target.uri);
    const options = await promptRunOptions(astOf(document), current, remembered);
    if (!options) return undefined;
    await studio.memory.remember(target.uri, { run: options });
    const image = await imageForRun(studio, target.uri, true);
    if (!image) return undefined;
    return runInPanel(studio, { ...image, dockerfile: target.uri, options });
  };
