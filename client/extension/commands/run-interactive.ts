// "Run Interactive": the image in a terminal with a TTY (docker run -it).
import * as vscode from 'vscode';
import { imageForRun, plainRunOptions } from '../image-for-run';
import { openInteractiveTerminal } from '../run-terminal';
import type { Studio } from '../studio';
import { ensureTrusted, resolveTarget } from './target';
import type { RunImageOptions } from './run-image';

export const runInteractive =
  (studio: Studio) =>
  async (first?: unknown, second?: unknown): Promise<vscode.Terminal | undefined> => {
    if (!ensureTrusted()) return undefined;
    const target = await resolveTarget<RunImageOptions>(first, second);
    if (!target) return undefined;
    const image = await imageForRun(studio, target.uri, target.options === undefined);
    if (!image) return undefined;
    const options = { ...plainRunOptions(studio), ...target.options, keep: false };
    return openInteractiveTerminal(studio, { ...image, dockerfile: target.uri, options });
  };
