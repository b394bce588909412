// Finds image IDs in build and run output, so the panel can make them clickable.

export interface FoundImageId {
  /** Offsets in the line. */
  start: number;
  end: number;
  /** As written: `sha256:<64 hex>` or a 12-hex short ID. */
  id: string;
}

/** Full IDs anywhere; short IDs only where the classic builder prints image IDs (not container IDs). */
const patterns: RegExp[] = [
  /sha256:[0-9a-f]{64}/g,
  /(?<=^ ?-{2,3}> )[0-9a-f]{12}(?=\s*$)/g,
  /(?<=^Successfully built )[0-9a-f]{12}\b/g,
];

export function findImageIds(line: string): FoundImageId[] {
  const found: FoundImageId[] = [];
  for (const pattern of patterns) {
    for (const match of line.matchAll(pattern)) {
      const start = match.index;
      found.push({ start, end: start + match[0].length, id: match[0] });
    }
  }
  return found.sort((a, b) => a.start - b.start);
}
