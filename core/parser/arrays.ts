// Arrays the tree keeps: one grown by push has room for 16 or more items, which every copy of the tree would carry.

/** `items` copied to an array of exactly its length (an empty one is kept as it is). */
export function exactSize<T>(items: readonly T[]): readonly T[] {
  return items.length === 0 ? items : items.slice();
}
