// "▶ Run Image": runs the Dockerfile's image (building it first when needed), streaming output into the panel.
// A second click while it runs stops it. It never uses the options of "Run with Options…": those stay there.
import type { RunRecord } from '../active-runs';
import type { RunOptions } from '../core/run-options';
import { imageForRun, plainRunOptions } from '../image-for-run';
import { runInPanel } from '../run-flow';
import type { Studio } from '../studio';
import { ensureTrusted, resolveTarget } from './target';

/** What tests pass to run without prompts; anything left out is a plain Run's. */
export type RunImageOptions = Partial<RunOptions>;

export const runImage =
  (studio: Studio) =>
  async (first?: unknown, second?: unknown): Promise<RunRecord | undefined> => {
    if (!ensureTrusted()) return undefined;
    const target = await resolveTarget<RunImageOptions>(first, second);
    if (!target) return undefined;
    if (studio.runs.stop(target.uri)) return undefined;
    const image = await imageForRun(studio, target.uri, target.options === undefined);
    if (!image) return undefined;
    const options = { ...plainRunOptions(studio), ...target.options };
    return runInPanel(studio, { ...image, dockerfile: target.uri, options });
  };
