// File names are bytes, and need not be UTF-8; Go (and so the docker CLI) keeps them as bytes. We keep a name as a
// string that maps its bytes one to one: valid UTF-8 decodes as usual, and each byte that Go's utf8.DecodeRune
// rejects becomes the lone surrogate U+DC80..U+DCFF ("surrogateescape"). Equal strings are equal bytes, a regexp
// sees one character per invalid byte as Go's regexp does, and encodeName gives back the exact bytes.

const ESCAPE_FIRST = 0xdc80;
const ESCAPE_LAST = 0xdcff;
const ESCAPES = /[\udc80-\udcff]/;
const utf8 = new TextDecoder('utf-8', { fatal: true, ignoreBOM: true }); // a name may start with U+FEFF

/** Does the name hold bytes that are not UTF-8? (A cheap test; a false positive only costs a slower path.) */
export function hasEscapes(name: string): boolean {
  return ESCAPES.test(name);
}

/** Is this code point one invalid byte of a name? */
export function isEscape(codePoint: number): boolean {
  return codePoint >= ESCAPE_FIRST && codePoint <= ESCAPE_LAST;
}

const isContinuation = (byte: number | undefined): boolean => byte !== undefined && byte >= 0x80 && byte <= 0xbf;

/** The length of the valid UTF-8 sequence at `i`, or 0 where utf8.DecodeRune answers RuneError of width 1. */
function sequenceLength(bytes: Uint8Array, i: number): number {
  const b = bytes[i] ?? 0;
  if (b < 0x80) return 1;
  const second = bytes[i + 1];
  if (b >= 0xc2 && b <= 0xdf) return isContinuation(second) ? 2 : 0;
  if (second === undefined) return 0;
  const secondOk =
    b === 0xe0 || b === 0xf0
      ? second >= (b === 0xe0 ? 0xa0 : 0x90) && second <= 0xbf
      : b === 0xed
        ? second >= 0x80 && second <= 0x9f
        : b === 0xf4
          ? second >= 0x80 && second <= 0x8f
          : isContinuation(second);
  if (!secondOk || !isContinuation(bytes[i + 2])) return 0;
  if (b >= 0xe0 && b <= 0xef) return 3;
  if (b >= 0xf0 && b <= 0xf4) return isContinuation(bytes[i + 3]) ? 4 : 0;
  return 0;
}

/** The bytes of a name (or of a `.dockerignore`) as a string, each invalid byte escaped. */
export function decodeName(bytes: Uint8Array): string {
  try {
    return utf8.decode(bytes);
  } catch {
    // not UTF-8: decode it piece by piece below
  }
  const parts: string[] = [];
  let start = 0;
  for (let i = 0; i < bytes.length;) {
    const length = sequenceLength(bytes, i);
    if (length > 0) {
      i += length;
      continue;
    }
    parts.push(utf8.decode(bytes.subarray(start, i)), String.fromCharCode(ESCAPE_FIRST - 0x80 + (bytes[i] ?? 0)));
    start = ++i;
  }
  parts.push(utf8.decode(bytes.subarray(start)));
  return parts.join('');
}

const encoder = new TextEncoder();

/** The exact bytes of a name that decodeName made (any other string: its UTF-8). */
export function encodeName(name: string): Uint8Array {
  if (!hasEscapes(name)) return encoder.encode(name);
  const parts: Uint8Array[] = [];
  let start = 0;
  for (let i = 0; i < name.length; i++) {
    const unit = name.charCodeAt(i);
    const paired = i > 0 && name.charCodeAt(i - 1) >= 0xd800 && name.charCodeAt(i - 1) <= 0xdbff;
    if (!isEscape(unit) || paired) continue;
    parts.push(encoder.encode(name.slice(start, i)), Uint8Array.of(unit - ESCAPE_FIRST + 0x80));
    start = i + 1;
  }
  parts.push(encoder.encode(name.slice(start)));
  const out = new Uint8Array(parts.reduce((sum, part) => sum + part.length, 0));
  let at = 0;
  for (const part of parts) {
    out.set(part, at);
    at += part.length;
  }
  return out;
}

/** A name for messages: each invalid byte shown as `\xNN`. */
export function displayName(name: string): string {
  if (!hasEscapes(name)) return name;
  return Array.from(name, (ch) => {
    const cp = ch.codePointAt(0) ?? 0;
    return isEscape(cp) ? `\\x${(cp - ESCAPE_FIRST + 0x80).toString(16)}` : ch;
  }).join('');
}

/** The name as one character per byte, for byte-wise prefix and suffix tests as Go's strings package makes them. */
export function byteString(name: string): string {
  return String.fromCharCode(...encodeName(name));
}
