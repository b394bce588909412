import { test } from 'node:test';
import assert from 'node:assert/strict';
import { followEdits, toLineEdit, type TextChange } from '../../../client/extension/core/line-notes';

const notes = [
  { startLine: 0, endLine: 0, label: 'FROM' },
  { startLine: 2, endLine: 4, label: 'RUN (3 lines)' },
  { startLine: 6, endLine: 6, label: 'CMD' },
];

function change(
  startLine: number,
  startCharacter: number,
  endLine: number,
  endCharacter: number,
  text: string,
  startLineLength = 20,
): TextChange {
  return { startLine, startCharacter, endLine, endCharacter, text, startLineLength };
}

void test('line notes follow edits', async (t) => {
  const cases: { name: string; changes: TextChange[]; want: string[] }[] = [
    {
      name: 'typing on a line drops its note',
      changes: [change(6, 3, 6, 3, 'x')],
      want: ['FROM@0', 'RUN (3 lines)@2-4'],
    },
    {
      name: 'typing on a continuation line drops the whole instruction',
      changes: [change(3, 1, 3, 1, 'x')],
      want: ['FROM@0', 'CMD@6'],
    },
    {
      name: 'Enter at the end of a line keeps it and moves the ones below',
      changes: [change(0, 20, 0, 20, '\n')],
      want: ['FROM@0', 'RUN (3 lines)@3-5', 'CMD@7'],
    },
    {
      name: 'pasting lines at column 0 moves that line down unchanged',
      changes: [change(2, 0, 2, 0, 'A\nB\n')],
      want: ['FROM@0', 'RUN (3 lines)@4-6', 'CMD@8'],
    },
    {
      name: 'deleting a whole line above moves notes up',
      changes: [change(1, 0, 2, 0, '')],
      want: ['FROM@0', 'RUN (3 lines)@1-3', 'CMD@5'],
    },
    {
      name: 'deleting a line joined to the next drops both',
      changes: [change(5, 0, 6, 2, '', 0)],
      want: ['FROM@0', 'RUN (3 lines)@2-4'],
    },
    {
      name: 'replacing whole lines drops only those',
      changes: [change(2, 0, 5, 0, 'RUN y\n')],
      want: ['FROM@0', 'CMD@4'],
    },
    {
      name: 'an edit below every note changes nothing',
      changes: [change(9, 0, 9, 0, 'x')],
      want: ['FROM@0', 'RUN (3 lines)@2-4', 'CMD@6'],
    },
    {
      name: 'two edits in a row, bottom first',
      changes: [change(6, 0, 6, 0, 'x'), change(0, 20, 0, 20, '\n\n')],
      want: ['FROM@0', 'RUN (3 lines)@4-6'],
    },
  ];
  for (const { name, changes, want } of cases) {
    await t.test(name, () => {
      const got = followEdits(notes, changes.map(toLineEdit));
      assert.deepEqual(
        got.map((n) => `${n.label}@${n.startLine}${n.endLine === n.startLine ? '' : `-${n.endLine}`}`),
        want,
      );
    });
  }
});
