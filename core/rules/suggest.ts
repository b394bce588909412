// "Did you mean …?": the closest candidate by edit distance (adjacent swaps count as one edit). Bounded on any
// input: only candidates within the edit limit in length are compared, past their common prefix and suffix, inside
// a band of that width, and one search compares at most a fixed number of characters; the searches of one document
// share a budget too, so a file of thousands of unknown long names stays fast (past it, no more suggestions).

/** Work one search may do (cells of the band, plus an eighth per character of common prefix and suffix). */
const SEARCH_BUDGET = 200_000;
/** Work all the searches of one check of a document may do together. */
const DOCUMENT_BUDGET = 4_000_000;

/** The work left to the searches of one document. */
export class SuggestionBudget {
  remaining = DOCUMENT_BUDGET;
}

/**
 * Optimal string alignment distance between a and b, if it is at most `limit`; otherwise `limit + 1`.
 * Costs O(min(|a|, |b|) × limit) time and O(|b|) memory.
 */
export function editDistance(a: string, b: string, limit = Math.max(a.length, b.length)): number {
  const over = limit + 1;
  if (Math.abs(a.length - b.length) > limit) return over;
  const width = b.length + 1;
  let before = new Int32Array(width).fill(over); // row i - 2
  let previous = new Int32Array(width).fill(over); // row i - 1
  let current = new Int32Array(width).fill(over);
  for (let j = 0; j <= Math.min(b.length, limit); j++) previous[j] = j;
  for (let i = 1; i <= a.length; i++) {
    const from = Math.max(1, i - limit);
    const to = Math.min(b.length, i + limit);
    // Only the band is computed; the cells just outside it are reset, since rows are reused.
    current[0] = i <= limit ? i : over;
    current[from - 1] = from === 1 ? current[0] : over;
    if (to < b.length) current[to + 1] = over;
    let rowBest = current[0] ?? over;
    for (let j = from; j <= to; j++) {
      const cost = a.charCodeAt(i - 1) === b.charCodeAt(j - 1) ? 0 : 1;
      let best = Math.min((previous[j] ?? over) + 1, (current[j - 1] ?? over) + 1, (previous[j - 1] ?? over) + cost);
      const swapped = i > 1 && j > 1 && a[i - 1] === b[j - 2] && a[i - 2] === b[j - 1];
      if (swapped) best = Math.min(best, (before[j - 2] ?? over) + 1);
      current[j] = Math.min(best, over);
      rowBest = Math.min(rowBest, current[j] ?? over);
    }
    if (rowBest > limit) return over;
    [before, previous, current] = [previous, current, before];
  }
  return Math.min(previous[b.length] ?? over, over);
}

/**
 * The candidate closest to `word`, if it is close enough to be a likely typo: at most `maxEdits` edits
 * (two by default), and at most one per two characters of the word.
 */
export function closest(
  word: string,
  candidates: Iterable<string>,
  ignoreCase = true,
  maxEdits = 2,
  shared = new SuggestionBudget(),
): string | undefined {
  const probe = ignoreCase ? word.toLowerCase() : word;
  let limit = Math.min(maxEdits, Math.max(1, Math.floor(probe.length / 2)));
  let best: string | undefined;
  const allowed = Math.min(SEARCH_BUDGET, shared.remaining);
  let budget = allowed;
  for (const candidate of candidates) {
    budget -= 1;
    if (budget < 0) break;
    if (Math.abs(candidate.length - probe.length) > limit) continue;
    const other = ignoreCase ? candidate.toLowerCase() : candidate;
    const start = commonPrefix(probe, other);
    const end = commonSuffix(probe, other, start);
    budget -= (start + end) / 8 + (Math.min(probe.length, other.length) - start - end) * (2 * limit + 1);
    if (budget < 0) break;
    // Cutting what both share changes no distance.
    const distance = editDistance(
      probe.slice(start, probe.length - end),
      other.slice(start, other.length - end),
      limit,
    );
    if (distance === 0) {
      shared.remaining -= allowed - budget;
      return undefined; // the word is a candidate: nothing to suggest
    }
    if (distance <= limit) {
      best = candidate;
      limit = distance - 1; // from now on only a strictly closer candidate, or the word itself, counts
    }
  }
  shared.remaining -= allowed - Math.max(budget, 0);
  return best;
}

function commonPrefix(a: string, b: string): number {
  const shorter = Math.min(a.length, b.length);
  let length = 0;
  while (length < shorter && a.charCodeAt(length) === b.charCodeAt(length)) length++;
  return length;
}

/** The common suffix, not reaching into the first `prefix` characters. */
function commonSuffix(a: string, b: string, prefix: number): number {
  const room = Math.min(a.length, b.length) - prefix;
  let length = 0;
  while (length < room && a.charCodeAt(a.length - 1 - length) === b.charCodeAt(b.length - 1 - length)) length++;
  return length;
}
