// Runs an image named by its ID (from a link in the panel or a notification), with the default options.
import type { RunRecord } from '../active-runs';
import { plainRunOptions } from '../image-for-run';
import { runInPanel } from '../run-flow';
import type { Studio } from '../studio';
import { shortId } from '../studio-documents';
import { ensureTrusted } from './target';

export const runImageById =
  (studio: Studio) =>
  async (imageId: unknown): Promise<RunRecord | undefined> => {
    if (typeof imageId !== 'string' || imageId === '' || !ensureTrusted()) return undefined;
    return runInPanel(studio, {
      image: imageId,
      label: shortId(imageId),
      dockerfile: undefined,
      options: plainRunOptions(studio),
    });
  };
