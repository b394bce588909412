// The names FROM completion offers from the local engine: every tag, newest image first, each once, bounded.

/** As many names as the server keeps (MAX_LOCAL_IMAGES there). */
export const MAX_SENT_IMAGE_NAMES = 500;

export function localImageNames(images: readonly { tags: readonly string[]; created: number }[]): string[] {
  const newestFirst = [...images].sort((a, b) => b.created - a.created);
  return [...new Set(newestFirst.flatMap((image) => image.tags))].slice(0, MAX_SENT_IMAGE_NAMES);
}
