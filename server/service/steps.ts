// Work done in steps (a generator that yields between them): at once, or with waits between the steps, so that a huge
// document's work does not hold up the requests and edits behind it.

/** Between two slices of work: resolves when the caller may go on; `stale` then says whether to stop. */
export interface Slicing {
  between: () => Promise<void>;
  stale: () => boolean;
}

export type Steps<T> = Generator<void, T>;

export function runSteps<T>(steps: Steps<T>): T {
  for (;;) {
    const step = steps.next();
    if (step.done) return step.value;
  }
}

/** The steps' result, waiting between them; undefined when `slicing.stale()` stopped them. */
export async function runInSlices<T>(steps: Steps<T>, slicing: Slicing): Promise<T | undefined> {
  for (;;) {
    const step = steps.next();
    if (step.done) return step.value;
    await slicing.between();
    if (slicing.stale()) return undefined;
  }
}

/** Items of a document (instructions, mostly) gone through between two steps. */
const ITEMS_PER_STEP = 20_000;

/** `visit` on each item, a step per few thousand items. */
export function* eachInSteps<T>(items: Iterable<T>, visit: (item: T) => void): Steps<void> {
  let done = 0;
  for (const item of items) {
    if (++done % ITEMS_PER_STEP === 0) yield;
    visit(item);
  }
}
