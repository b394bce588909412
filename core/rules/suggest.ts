// "Did you mean …?": the closest candidate by edit distance (adjacent swaps count as one edit).

/** Optimal string alignment distance between a and b. */
export function editDistance(a: string, b: string): number {
  const width = b.length + 1;
  const d = new Array<number>((a.length + 1) * width).fill(0);
  const at = (i: number, j: number): number => d[i * width + j] ?? 0;
  for (let i = 0; i <= a.length; i++) {
    for (let j = 0; j <= b.length; j++) {
      if (i === 0 || j === 0) {
        d[i * width + j] = i + j;
        continue;
      }
      const cost = a[i - 1] === b[j - 1] ? 0 : 1;
      let best = Math.min(at(i - 1, j) + 1, at(i, j - 1) + 1, at(i - 1, j - 1) + cost);
      if (i > 1 && j > 1 && a[i - 1] === b[j - 2] && a[i - 2] === b[j - 1]) best = Math.min(best, at(i - 2, j - 2) + 1);
      d[i * width + j] = best;
    }
  }
  return at(a.length, b.length);
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
): string | undefined {
  const probe = ignoreCase ? word.toLowerCase() : word;
  const limit = Math.min(maxEdits, Math.max(1, Math.floor(probe.length / 2)));
  let best: string | undefined;
  let bestDistance = Infinity;
  for (const candidate of candidates) {
    const distance = editDistance(probe, ignoreCase ? candidate.toLowerCase() : candidate);
    if (distance < bestDistance) {
      best = candidate;
      bestDistance = distance;
    }
  }
  return bestDistance > 0 && bestDistance <= limit ? best : undefined;
}
