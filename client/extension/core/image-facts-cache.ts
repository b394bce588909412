// What the engine said about base images, for the checker: the image ID each reference names, and each image's facts
// once per ID (so a re-tagged or re-pulled image is looked at again, and two tags of one image are read once).
import { imageFactsOf, type InspectedImage } from '../../../core/rules/image-facts';
import type { ImageFacts } from '../../../core/rules/index';

/** `docker image inspect REF`; rejects when the engine does not have it. */
export type Inspect = (ref: string) => Promise<InspectedImage & { Id: string }>;

export class ImageFactsCache {
  /** Image ID per reference; undefined when the engine does not have it. */
  private readonly idByRef = new Map<string, string | undefined>();
  private readonly factsById = new Map<string, ImageFacts>();

  constructor(private readonly inspect: Inspect) {}

  /** Whether `ref` still needs asking: never asked, or asked again (`again`, on open and save). */
  wants(ref: string, again: boolean): boolean {
    return again || !this.idByRef.has(ref);
  }

  /** Asks the engine about each reference, one at a time; a failed answer means "not there". */
  async update(refs: Iterable<string>): Promise<void> {
    for (const ref of new Set(refs)) {
      try {
        const image = await this.inspect(ref);
        this.idByRef.set(ref, image.Id);
        if (!this.factsById.has(image.Id)) this.factsById.set(image.Id, imageFactsOf(image));
      } catch {
        this.idByRef.set(ref, undefined);
      }
    }
  }

  /** Every reference the engine has, with its image's facts. */
  snapshot(): Record<string, ImageFacts> {
    const images: Record<string, ImageFacts> = {};
    for (const [ref, id] of this.idByRef) {
      const facts = id === undefined ? undefined : this.factsById.get(id);
      if (facts) images[ref] = facts;
    }
    return images;
  }
}
