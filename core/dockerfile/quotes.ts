// Quotes around a whole Dockerfile word: `"x y"` is the text x y once the builder has read the word.

/** Removes one level of matching quotes around the whole value: `"x y"` → `x y`, `'a'` → `a`. */
export function unquote(value: string): string {
  const first = value[0];
  if (value.length >= 2 && (first === '"' || first === "'") && value.endsWith(first)) return value.slice(1, -1);
  return value;
}
