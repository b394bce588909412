// A rebuild under the same tag leaves the previous image with no name (`<none>` in `docker images`): we remove it,
// unless it still has a name or a container or another image uses it (the engine refuses then, and it stays).
import { loadEngine } from './bundles';
import { t } from './l10n';
import type { BuildResult } from '../engine/build-events';
import type { EngineClient } from '../engine/client';
import type { BuiltImage } from './memory';
import type { Studio } from './studio';
import { shortId } from './studio-documents';

export async function removeSupersededImage(
  studio: Studio,
  client: EngineClient,
  previous: BuiltImage | undefined,
  result: BuildResult,
): Promise<void> {
  if (!previous || previous.imageId === result.imageId) return;
  if (!previous.tags.some((tag) => result.tags.includes(tag))) return;
  const { inspectImage, removeImage } = loadEngine();
  const image = await inspectImage(client, previous.imageId).catch(() => undefined);
  if (!image || (image.RepoTags ?? []).length > 0) return;
  const removed = await removeImage(client, previous.imageId).then(
    () => true,
    () => false,
  );
  if (removed) studio.panel.line(t('buildRemovedPrevious', { id: shortId(previous.imageId) }));
}
