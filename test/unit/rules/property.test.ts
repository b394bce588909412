// Property: for any text, under LF, CRLF and CR, validation never throws, and every finding and fix edit lies
// inside the document.
import assert from 'node:assert/strict';
import { test } from 'node:test';
import fc from 'fast-check';
import type { Range } from '../../../core/parser/ast';
import { checkDocument } from '../../../core/check';

const pieces = [
  'FROM ',
  'from ',
  'RUN ',
  'CMD ',
  'COPY ',
  'ADD ',
  'ENV ',
  'ARG ',
  'LABEL ',
  'ONBUILD ',
  'HEALTHCHECK ',
  'EXPOSE ',
  'WORKDIR ',
  'SHELL ',
  'STOPSIGNAL ',
  'USER ',
  'MAINTAINER ',
  'AS ',
  'as ',
  'alpine',
  'Alpine:Latest',
  'scratch',
  '--from=',
  '--platform=',
  '--mount=type=cache ',
  '--link',
  '$A',
  '${A:-x}',
  '${',
  '}',
  '=',
  '"',
  "'",
  '[',
  ']',
  ',',
  '\\',
  '`',
  '\n',
  '\r\n',
  '\r',
  ' ',
  '\t',
  '#',
  '# check=error=true',
  '# escape=`',
  '<<EOF',
  '<<-EOF',
  'EOF',
  'NONE',
  '80/TCP',
  '1:2',
  'é',
  '한글',
  '😀',
  '\u0000',
];

const dockerfileish = fc
  .array(fc.oneof(fc.constantFrom(...pieces), fc.string({ maxLength: 6 })), { maxLength: 60 })
  .map((p) => p.join(''));

function inside(range: Range, lines: string[], label: string): void {
  for (const position of [range.start, range.end]) {
    assert.ok(position.line >= 0 && position.line < lines.length, `${label}: line ${position.line} of ${lines.length}`);
    assert.ok(
      position.character >= 0 && position.character <= (lines[position.line]?.length ?? 0),
      `${label}: character`,
    );
  }
}

void test('validation never throws and keeps every range inside the document (LF, CRLF, CR)', () => {
  fc.assert(
    fc.property(
      dockerfileish,
      fc.constantFrom('\n', '\r\n', '\r'),
      fc.constantFrom('en', 'ko'),
      (text, eol, locale) => {
        const doc = text.replace(/\r\n|\r|\n/g, eol);
        const lines = doc.split(/\r\n|\r|\n/);
        for (const finding of checkDocument(doc, { locale })) {
          assert.ok(finding.message.length > 0);
          inside(finding.range, lines, finding.code);
          for (const fix of finding.fixes ?? [])
            for (const edit of fix.edits) inside(edit.range, lines, `${finding.code} fix`);
        }
      },
    ),
    { numRuns: 2000 },
  );
});
