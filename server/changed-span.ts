// Where two versions of a text differ: the common prefix and suffix left aside, so a whole-text change from a
// client that syncs full documents becomes one ranged edit, and the incremental reparse applies to it.

/** The old text's [start, oldEnd) was replaced by the new text's [start, newEnd). */
export interface ChangedSpan {
  start: number;
  oldEnd: number;
  newEnd: number;
}

export function changedSpan(before: string, after: string): ChangedSpan {
  const shorter = Math.min(before.length, after.length);
  let start = 0;
  while (start + BLOCK <= shorter && before.slice(start, start + BLOCK) === after.slice(start, start + BLOCK))
    start += BLOCK;
  while (start < shorter && before.charCodeAt(start) === after.charCodeAt(start)) start++;
  // A `\r\n` is one line break: never cut between its two characters (a position cannot point there).
  if (start > 0 && before.charCodeAt(start - 1) === CR) start--;
  let suffix = 0;
  const limit = shorter - start;
  while (suffix + BLOCK <= limit && sameBlockFromEnd(before, after, suffix)) suffix += BLOCK;
  while (
    suffix < limit &&
    before.charCodeAt(before.length - 1 - suffix) === after.charCodeAt(after.length - 1 - suffix)
  ) {
    suffix++;
  }
  if (
    suffix > 0 &&
    before.charCodeAt(before.length - suffix) === LF &&
    before.charCodeAt(before.length - suffix - 1) === CR
  ) {
    suffix--;
  }
  return { start, oldEnd: before.length - suffix, newEnd: after.length - suffix };
}

/** Both texts end alike `suffix + BLOCK` characters before their ends. */
function sameBlockFromEnd(before: string, after: string, suffix: number): boolean {
  const end = -suffix || undefined;
  return before.slice(-suffix - BLOCK, end) === after.slice(-suffix - BLOCK, end);
}

/** Characters compared at once (as strings: one native comparison) before the last few are compared one by one. */
const BLOCK = 512;
const CR = 13;
const LF = 10;
