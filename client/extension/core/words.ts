// Shell-like word splitting for what users type into one-line prompts, and its inverse for prefilling them.

export type SplitResult = { ok: true; words: string[] } | { ok: false; problem: 'unterminatedQuote' };

/** Splits on whitespace; '…' and "…" group, a backslash escapes the next character outside single quotes. */
export function splitWords(text: string): SplitResult {
  const words: string[] = [];
  let current: string | undefined;
  let quote: '"' | "'" | undefined;
  for (let i = 0; i < text.length; i++) {
    const ch = text[i] as string;
    if (quote) {
      if (ch === quote) quote = undefined;
      else if (ch === '\\' && quote === '"' && i + 1 < text.length) current += text[++i] as string;
      else current += ch;
    } else if (/\s/.test(ch)) {
      if (current !== undefined) words.push(current);
      current = undefined;
    } else if (ch === '"' || ch === "'") {
      quote = ch;
      current ??= '';
    } else {
      current = (current ?? '') + (ch === '\\' && i + 1 < text.length ? (text[++i] as string) : ch);
    }
  }
  if (quote) return { ok: false, problem: 'unterminatedQuote' };
  if (current !== undefined) words.push(current);
  return { ok: true, words };
}

/** Joins words so that `splitWords` gives them back. */
export function joinWords(words: readonly string[]): string {
  return words
    .map((word) => (word === '' || /[\s"'\\]/.test(word) ? `'${word.replace(/'/g, `'"'"'`)}'` : word))
    .join(' ');
}
