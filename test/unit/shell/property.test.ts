// Property: with the shell parser, validation never throws and every finding and fix stays inside the document, for
// Dockerfile-ish text full of shell syntax, under LF, CRLF and CR.
import assert from 'node:assert/strict';
import { before, test } from 'node:test';
import fc from 'fast-check';
import type { Range } from '../../../core/parser/ast';
import { checkDocument } from '../../../core/check';
import { loadNodeShellParser } from '../../../core/node/shell-wasm';
import type { ShellParser } from '../../../core/shell';

const pieces = [
  'FROM alpine\n',
  'RUN ',
  'CMD ',
  'ONBUILD RUN ',
  'HEALTHCHECK CMD ',
  'SHELL ["/bin/bash", "-c"]\n',
  'apt-get install ',
  'apt-get update',
  'apk add ',
  'pip install ',
  'cd /app',
  'sudo ',
  'curl x | sh',
  'useradd -u 123456 u',
  'if true; then ',
  'fi',
  'for x in a; do ',
  'done',
  '&&',
  '||',
  '|',
  ';',
  '$(',
  ')',
  '"',
  "'",
  '`',
  '${',
  '}',
  '<<EOF',
  '<<-EOF',
  'EOF',
  '#!/bin/bash',
  '\\',
  '\n',
  '\t',
  ' ',
  '# escape=`\n',
  'é',
  '😀',
];

const dockerfileish = fc
  .array(fc.oneof(fc.constantFrom(...pieces), fc.string({ maxLength: 4 })), { maxLength: 50 })
  .map((p) => p.join(''));

let parser: ShellParser;
before(async () => {
  parser = await loadNodeShellParser();
});

function inside(range: Range, lines: string[], label: string): void {
  for (const position of [range.start, range.end]) {
    assert.ok(position.line >= 0 && position.line < lines.length, `${label}: line ${position.line} of ${lines.length}`);
    const length = lines[position.line]?.length ?? 0;
    assert.ok(position.character >= 0 && position.character <= length, `${label}: character ${position.character}`);
  }
}

void test('shell validation never throws and keeps every range inside the document (LF, CRLF, CR)', () => {
  fc.assert(
    fc.property(dockerfileish, fc.constantFrom('\n', '\r\n', '\r'), (text, eol) => {
      const doc = text.replace(/\r\n|\r|\n/g, eol);
      const lines = doc.split(/\r\n|\r|\n/);
      for (const finding of checkDocument(doc, { shell: { parser } })) {
        inside(finding.range, lines, finding.code);
        for (const fix of finding.fixes ?? [])
          for (const edit of fix.edits) inside(edit.range, lines, `${finding.code} fix`);
      }
    }),
    { numRuns: 1500 },
  );
});
