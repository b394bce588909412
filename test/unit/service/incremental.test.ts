import { test } from 'node:test';
import assert from 'node:assert/strict';
import fc from 'fast-check';
import { DocumentStore, type TextChange } from '../../../server/documents';
import { parse } from '../../../core/parser/index';
import type { DockerfileAst } from '../../../core/parser/ast';
import { LineIndex } from '../../../server/service/index';

const LINES = [
  'FROM alpine AS a',
  'from b',
  'RUN echo hi \\',
  '  && more',
  '',
  '# comment',
  '  # indented comment',
  'RUN <<EOF',
  'body $X',
  'EOF',
  'COPY <<-A <<B /x',
  '\tone',
  'A',
  'two',
  'B',
  'ENV A=1 B="x y"',
  'ARG V=${W:-1}',
  'RUN \\',
  '',
  'CMD ["a", "b"]',
  'ONBUILD RUN <<X',
  'x',
  'X',
  'LABEL a=b \\',
  '# inside',
  '    c=d',
  '# escape=`',
  'RUN a `',
  'b',
  '\\',
  'EXPOSE 80',
  'USER $U',
  'CMD [broken',
  'HEALTHCHECK CMD x',
];
const INSERTS = [
  'x',
  '\\',
  '`',
  '\n',
  '\r\n',
  '\r',
  '<<EOF',
  'EOF',
  '\nEOF\n',
  '\n\n',
  'RUN y \\\n',
  '#',
  ' ',
  '"',
  '$A',
  'FROM z\n',
];

const documents = fc
  .tuple(fc.array(fc.constantFrom(...LINES), { minLength: 1, maxLength: 30 }), fc.constantFrom('\n', '\r\n', '\r'))
  .map(([lines, eol]) => lines.join(eol) + eol);

/** Edits anchored at relative spots, so they land inside whatever text the property draws. */
const edit = fc.record({
  line: fc.double({ min: 0, max: 1, noNaN: true }),
  character: fc.nat({ max: 20 }),
  span: fc.nat({ max: 3 }),
  deleteChars: fc.nat({ max: 12 }),
  text: fc.constantFrom(...INSERTS, ''),
});
/** `requestTree`: the tree is asked for after the step; `read`: every value built on first read is read then too. */
const steps = fc.array(
  fc.record({ edits: fc.array(edit, { minLength: 1, maxLength: 3 }), requestTree: fc.boolean(), read: fc.boolean() }),
  { minLength: 1, maxLength: 8 },
);

/** Where an instruction was parsed from: a window of the text after an edit, the whole text after a full parse. */
const PARSE_ORIGIN = new Set(['joinedLine', 'shift']);

/**
 * Every value of a tree, those its nodes build on first read (getters: words, flags, ranges …) included, so that a
 * comparison sees them; `deepEqual` alone compares own properties only.
 */
function treeValues(value: unknown): unknown {
  if (typeof value !== 'object' || value === null) return value;
  if (Array.isArray(value)) return value.map(treeValues);
  const keys = new Set(Object.keys(value));
  for (let proto = Object.getPrototypeOf(value) as object | null; proto && proto !== Object.prototype;) {
    for (const [key, descriptor] of Object.entries(Object.getOwnPropertyDescriptors(proto)))
      if (descriptor.get && !PARSE_ORIGIN.has(key)) keys.add(key);
    proto = Object.getPrototypeOf(proto) as object | null;
  }
  const record = value as Record<string, unknown>;
  return Object.fromEntries([...keys].sort().map((key) => [key, treeValues(record[key])]));
}

function assertSameTree(actual: DockerfileAst, text: string): void {
  assert.deepEqual(treeValues(actual), treeValues(parse(text)));
}

/** The text after one change, by offsets on the whole string. */
function applied(text: string, change: TextChange): string {
  const index = new LineIndex(text);
  const range = change.range;
  if (!range) return change.text;
  return text.slice(0, index.offsetAt(range.start)) + change.text + text.slice(index.offsetAt(range.end));
}

function toChange(
  text: string,
  edit: { line: number; character: number; span: number; deleteChars: number; text: string },
): TextChange {
  const index = new LineIndex(text);
  const line = Math.min(Math.floor(edit.line * index.lineCount), index.lineCount - 1);
  const start = { line, character: Math.min(edit.character, index.lineLength(line)) };
  const endLine = Math.min(line + edit.span, index.lineCount - 1);
  const end =
    endLine === line
      ? { line, character: Math.min(start.character + edit.deleteChars, index.lineLength(line)) }
      : { line: endLine, character: 0 };
  return { range: { start, end }, text: edit.text };
}

/** Edits as a client sends them: ranged, or each as the whole new text (full-document sync). */
function checkAgainstFullParse(fullSync: boolean): void {
  fc.assert(
    fc.property(documents, steps, fc.boolean(), (initial, updates, readFirst) => {
      const store = new DocumentStore();
      const uri = 'file:///Dockerfile';
      store.open(uri, 1, initial);
      const first = store.get(uri)?.ast;
      assert.ok(first);
      if (readFirst) treeValues(first);
      let version = 1;
      let text = initial;
      for (const step of updates) {
        const changes = step.edits.map((e) => {
          const change = toChange(text, e);
          text = applied(text, change);
          return fullSync ? { text } : change;
        });
        store.update(uri, ++version, changes);
        if (!step.requestTree) continue;
        const document = store.get(uri);
        assert.ok(document);
        if (step.read) assertSameTree(document.ast, document.text);
        else assert.deepEqual(document.ast, parse(document.text));
      }
      const last = store.get(uri);
      assert.ok(last);
      assert.equal(last.text, text);
      assertSameTree(last.ast, last.text);
    }),
    { numRuns: 3000 },
  );
}

void test('incremental reparse: after any edits the tree equals a full parse of the new text', () => {
  checkAgainstFullParse(false);
});

void test('incremental reparse: the same with full-document sync, each change sent as the whole new text', () => {
  checkAgainstFullParse(true);
});

void test('full-document sync: a whole-text change reparses only what differs', () => {
  const store = new DocumentStore();
  const uri = 'file:///Dockerfile';
  store.open(uri, 1, 'FROM a\r\nRUN one\r\nRUN two\r\nRUN three\r\n');
  const before = store.get(uri)?.ast.instructions ?? [];
  store.update(uri, 2, [{ text: 'FROM a\r\nRUN one\r\nRUN 2\r\nRUN three\r\n' }]);
  const after = store.get(uri)?.ast.instructions ?? [];
  assert.equal(after[1], before[1]);
  assert.notEqual(after[2], before[2]);
  assert.equal(after[2]?.args[0]?.value, '2');
});

void test('incremental reparse: several changes in one notification', () => {
  const store = new DocumentStore();
  const uri = 'file:///Dockerfile';
  const text = 'FROM a\nRUN one\nRUN two\nRUN three\nRUN four\n';
  store.open(uri, 1, text);
  assert.ok(store.get(uri)?.ast);
  store.update(uri, 2, [
    { range: { start: { line: 4, character: 4 }, end: { line: 4, character: 8 } }, text: 'FOUR \\\n  more' },
    { range: { start: { line: 1, character: 0 }, end: { line: 2, character: 0 } }, text: '' },
  ]);
  const document = store.get(uri);
  assert.equal(document?.text, 'FROM a\nRUN two\nRUN three\nRUN FOUR \\\n  more\n');
  assert.ok(document);
  assertSameTree(document.ast, document.text);
});

void test('incremental reparse: typing in the first instruction, below the directives, reparses only it', () => {
  const store = new DocumentStore();
  const uri = 'file:///Dockerfile';
  store.open(uri, 1, '# syntax=docker/dockerfile:1\nARG V=1\nFROM a\nRUN b\n');
  const before = store.get(uri)?.ast.instructions ?? [];
  store.update(uri, 2, [{ range: { start: { line: 1, character: 7 }, end: { line: 1, character: 7 } }, text: '2' }]);
  const after = store.get(uri)?.ast;
  assert.equal(after?.instructions[2], before[2]);
  assert.equal(after?.instructions[0]?.args[0]?.value, 'V=12');
  assert.ok(after);
  assertSameTree(after, '# syntax=docker/dockerfile:1\nARG V=12\nFROM a\nRUN b\n');
});
