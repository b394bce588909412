import { test } from 'node:test';
import assert from 'node:assert/strict';
import { formatDocument, formatOnType, formatRange, parseDocument } from '../../../server/service/index';
import { applyEdits, withCursor } from './support';

const OPTIONS = { tabSize: 4, insertSpaces: true };

/** Formats the lines `first`..`last` (0-based, both included). */
function formatLines(text: string, first: number, last: number): string {
  const document = parseDocument(text);
  const range = { start: { line: first, character: 0 }, end: { line: last, character: 0 } };
  return applyEdits(text, formatRange(document, range, OPTIONS));
}

const MESSY = 'from alpine\nrun   a \\\n  && b\ncopy   x y\nrun <<EOF\n   keep   me  \nEOF\nenv  A=1   \n';

const rangeCases: [string, number, number, string][] = [
  [
    'only the instructions the range touches',
    3,
    3,
    'from alpine\nrun   a \\\n  && b\nCOPY x y\nrun <<EOF\n   keep   me  \nEOF\nenv  A=1   \n',
  ],
  [
    'a whole instruction from one of its continuation lines',
    2,
    2,
    'from alpine\nRUN a \\\n    && b\ncopy   x y\nrun <<EOF\n   keep   me  \nEOF\nenv  A=1   \n',
  ],
  [
    'heredoc bodies untouched',
    4,
    7,
    'from alpine\nrun   a \\\n  && b\ncopy   x y\nRUN <<EOF\n   keep   me  \nEOF\nENV A=1\n',
  ],
];

for (const [name, input, first, last, want] of rangeCases.map(([n, f, l, w]) => [n, MESSY, f, l, w] as const)) {
  void test(`range formatting: ${name}`, () => assert.equal(formatLines(input, first, last), want));
}

void test('range formatting: the whole document gives what the document formatter gives, and is idempotent', () => {
  const whole = applyEdits(MESSY, formatDocument(parseDocument(MESSY), OPTIONS));
  const last = MESSY.split('\n').length - 1;
  assert.equal(formatLines(MESSY, 0, last), whole);
  assert.equal(formatLines(whole, 0, last), whole);
});

/** Types Enter at the marker (the document already holds the new line) and applies the on-type edits. */
function enter(marked: string, options = OPTIONS): string {
  const { document, position } = withCursor(marked);
  return applyEdits(document.text, formatOnType(document, position, options));
}

const typeCases: [string, string, string][] = [
  ['formats the finished line', 'FROM a\nrun   echo hi\n|', 'FROM a\nRUN echo hi\n'],
  ['indents a continuation line', 'FROM a\nRUN apt-get update && \\\n|', 'FROM a\nRUN apt-get update && \\\n    '],
  ['fixes a continuation indent the editor guessed', 'FROM a\nRUN a \\\n  |', 'FROM a\nRUN a \\\n    '],
  [
    'leaves the new line of a heredoc body alone',
    'FROM a\nRUN <<EOF\nx \\\n|\nEOF\n',
    'FROM a\nRUN <<EOF\nx \\\n\nEOF\n',
  ],
  ['leaves an indented new line after a finished instruction alone', 'FROM a\nRUN x\n  |', 'FROM a\nRUN x\n  '],
  ['honours the escape directive', '# escape=`\nFROM a\nRUN a `\n|', '# escape=`\nFROM a\nRUN a `\n    '],
];

for (const [name, input, want] of typeCases) {
  void test(`on-type formatting: ${name}`, () => assert.equal(enter(input), want));
}

void test('on-type formatting: tabs when asked, and nothing more on a second Enter', () => {
  assert.equal(enter('FROM a\nRUN a \\\n|', { tabSize: 4, insertSpaces: false }), 'FROM a\nRUN a \\\n\t');
  assert.equal(enter('FROM a\nRUN a \\\n    |'), 'FROM a\nRUN a \\\n    ');
});
