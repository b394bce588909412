// The one line splitter (parser, language service, document store): LF, CRLF and a lone CR each end a line.
import assert from 'node:assert/strict';
import { test } from 'node:test';
import fc from 'fast-check';
import { lineContentEnd, lineStarts } from '../../../core/parser/text';

/** Each line's text without its break, read back through the splitter. */
function linesOf(text: string): string[] {
  const starts = lineStarts(text);
  return starts.map((start, i) => text.slice(start, lineContentEnd(text, start, starts[i + 1] ?? text.length)));
}

void test('lines end at LF, CRLF and a lone CR', () => {
  const cases: [string, number[], string[]][] = [
    ['', [0], ['']],
    ['a', [0], ['a']],
    ['a\nb', [0, 2], ['a', 'b']],
    ['a\r\nb\r\n', [0, 3, 6], ['a', 'b', '']],
    ['a\rb', [0, 2], ['a', 'b']],
    ['\r\r\n\n', [0, 1, 3, 4], ['', '', '', '']],
    ['a\n\rb', [0, 2, 3], ['a', '', 'b']],
  ];
  for (const [text, starts, lines] of cases) {
    assert.deepEqual(lineStarts(text), starts, JSON.stringify(text));
    assert.deepEqual(linesOf(text), lines, JSON.stringify(text));
  }
});

void test('the same lines as splitting at /\\r\\n|\\r|\\n/', () => {
  const pieces = fc.constantFrom('a', ' ', '\n', '\r\n', '\r', '한', '😀', '\\');
  fc.assert(
    fc.property(fc.array(pieces, { maxLength: 40 }), (parts) => {
      const text = parts.join('');
      assert.deepEqual(linesOf(text), text.split(/\r\n|\r|\n/));
    }),
    { numRuns: 2000 },
  );
});
