// ENV and LABEL (BuildKit's parseNameVal): `k=v k2="v 2"` or the legacy `k rest of line`, chosen by whether the
// first quote-aware word holds `=`. Keys and values stay raw, quotes included.
import { report, type ArgContext } from './arguments';
import { parseWords, subToken, substringToken, type Token } from './tokens';
import { isBlank } from './text';

export function parseKeyValues(ctx: ArgContext): Token[] {
  const { text, start, end } = ctx;
  const words = parseWords(text, start, end, ctx.escape);
  const first = words[0];
  if (!first) return [];
  if (!first.value.includes('=')) return legacyPair(ctx);
  const tokens: Token[] = [];
  for (const word of words) {
    const eq = word.value.indexOf('=');
    if (eq < 0) {
      report(ctx, 'MissingEquals', word.start, word.end, { instruction: ctx.keyword, word: word.value });
      continue;
    }
    tokens.push(subToken(word, 0, eq), subToken(word, eq + 1, word.value.length));
  }
  return tokens;
}

/** `KEY value with spaces`: the key ends at the first blank, the value is everything after the blanks. */
function legacyPair(ctx: ArgContext): Token[] {
  const { text, start, end } = ctx;
  let keyEnd = start;
  while (keyEnd < end && !isBlank(text.charCodeAt(keyEnd))) keyEnd++;
  const key = substringToken(text, start, keyEnd);
  let valueStart = keyEnd;
  while (valueStart < end && isBlank(text.charCodeAt(valueStart))) valueStart++;
  if (valueStart >= end) {
    report(ctx, 'KeyWithoutValue', start, end, { instruction: ctx.keyword, key: key.value });
    return [key];
  }
  return [key, substringToken(text, valueStart, end)];
}
