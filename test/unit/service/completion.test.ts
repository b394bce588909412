import { test } from 'node:test';
import assert from 'node:assert/strict';
import { getCompletions } from '../../../server/service/index';
import { applyEdits, withCursor } from './support';

const cases: { name: string; input: string; want: string[]; not?: string[] }[] = [
  { name: 'instructions on an empty line', input: 'FROM alpine\n|', want: ['RUN', 'COPY', 'HEALTHCHECK'] },
  { name: 'instructions while typing a keyword', input: 'FROM alpine\nRU|', want: ['RUN'] },
  {
    name: 'instructions after ONBUILD, without FROM',
    input: 'FROM alpine\nONBUILD |',
    want: ['RUN'],
    not: ['FROM', 'ONBUILD'],
  },
  { name: 'directives at the top', input: '# |\nFROM alpine\n', want: ['syntax', 'escape', 'check'] },
  {
    name: 'no directive twice',
    input: '# syntax=docker/dockerfile:1\n# |\nFROM alpine\n',
    want: ['escape'],
    not: ['syntax'],
  },
  { name: 'no directives after an instruction', input: 'FROM alpine\n# |', want: [], not: ['syntax'] },
  { name: 'flags of COPY', input: 'FROM alpine\nCOPY --|', want: ['--from', '--chown', '--link'], not: ['--mount'] },
  {
    name: 'flags of ADD, --unpack included',
    input: 'FROM alpine\nADD --|',
    want: ['--unpack', '--checksum', '--keep-git-dir', '--exclude'],
    not: ['--from', '--parents'],
  },
  { name: 'flags of RUN', input: 'FROM alpine\nRUN --|', want: ['--mount', '--network'], not: ['--from'] },
  {
    name: 'flags already given are not offered again',
    input: 'FROM alpine\nCOPY --link --|',
    want: ['--from'],
    not: ['--link'],
  },
  {
    name: 'stage names after --from=',
    input: 'FROM golang AS build\nFROM alpine AS test\nFROM alpine\nCOPY --from=|',
    want: ['build', 'test'],
  },
  {
    name: 'stage names in --mount from=',
    input: 'FROM golang AS build\nFROM alpine\nRUN --mount=type=bind,from=|',
    want: ['build'],
  },
  { name: 'earlier stage names as FROM image', input: 'FROM golang AS build\nFROM |', want: ['build'] },
  { name: 'AS after the FROM image', input: 'FROM golang |', want: ['AS'] },
  {
    name: 'variables after $, platform ARGs only where an ARG declares them',
    input: 'ARG G=1\nFROM alpine\nARG A=1\nENV E=2\nRUN echo $|',
    want: ['A', 'E', 'HTTP_PROXY'],
    not: ['G', 'TARGETARCH', 'BUILDARCH'],
  },
  {
    name: 'a declared platform ARG is offered',
    input: 'FROM alpine\nARG TARGETARCH\nRUN echo $|',
    want: ['TARGETARCH'],
    not: ['BUILDARCH'],
  },
  { name: 'platform ARGs in FROM', input: 'FROM alpine:$|', want: ['TARGETARCH', 'BUILDARCH'], not: ['HTTP_PROXY'] },
  { name: 'variables after ${', input: 'FROM alpine\nARG A=1\nRUN echo ${|', want: ['A'] },
  { name: 'global ARGs in FROM', input: 'ARG TAG=1\nFROM alpine:$|', want: ['TAG'] },
  { name: 'nothing inside a heredoc body', input: 'FROM alpine\nRUN <<EOF\n|\nEOF\n', want: [], not: ['RUN'] },
  { name: 'no keywords on a continuation line', input: 'FROM alpine\nRUN echo \\\n  |', want: [], not: ['RUN'] },
];

for (const { name, input, want, not = [] } of cases) {
  void test(`completion: ${name}`, () => {
    const { document, position } = withCursor(input);
    const labels = getCompletions(document, position, 'en').map((item) => item.label);
    for (const label of want) assert.ok(labels.includes(label), `${label} missing from ${labels.join(', ')}`);
    for (const label of not) assert.ok(!labels.includes(label), `${label} offered in ${labels.join(', ')}`);
    if (want.length === 0) assert.deepEqual(labels, []);
  });
}

void test('completion: a ${ variable closes its brace and replaces what was typed', () => {
  const { document, position } = withCursor('FROM alpine\nARG ALPHA=1\nRUN echo ${AL|');
  const item = getCompletions(document, position).find((i) => i.label === 'ALPHA');
  assert.ok(item?.textEdit && 'range' in item.textEdit);
  assert.equal(item.textEdit.newText, 'ALPHA}');
  assert.deepEqual(item.textEdit.range, { start: { line: 2, character: 11 }, end: { line: 2, character: 13 } });
});

/** The text after accepting the item labelled `label` at the cursor. */
function accept(marked: string, label: string): string {
  const { document, position } = withCursor(marked);
  const item = getCompletions(document, position).find((i) => i.label === label);
  assert.ok(item?.textEdit && 'range' in item.textEdit, `${label} is offered with an edit`);
  return applyEdits(document.text, [item.textEdit]);
}

void test('completion: after ${ the brace the editor closed is not doubled', () => {
  assert.equal(
    accept('FROM alpine\nARG GREETING=hi\nRUN echo ${|}', 'GREETING'),
    'FROM alpine\nARG GREETING=hi\nRUN echo ${GREETING}',
  );
  assert.equal(
    accept('FROM alpine\nARG GREETING=hi\nRUN echo ${GR|} x', 'GREETING'),
    'FROM alpine\nARG GREETING=hi\nRUN echo ${GREETING} x',
  );
});

void test('completion: a ${ without its brace gets one; before a modifier it gets none', () => {
  assert.equal(accept('FROM alpine\nARG A=1\nRUN echo ${| x', 'A'), 'FROM alpine\nARG A=1\nRUN echo ${A} x');
  assert.equal(accept('FROM alpine\nARG A=1\nWORKDIR /${|:-x}', 'A'), 'FROM alpine\nARG A=1\nWORKDIR /${A:-x}');
});

void test('completion: a variable replaces the whole name around the cursor', () => {
  assert.equal(
    accept('FROM alpine\nARG ALPHA=1\nRUN echo $AL|PA', 'ALPHA'),
    'FROM alpine\nARG ALPHA=1\nRUN echo $ALPHA',
  );
});

void test('completion: own variables come first, nearest definition first, then the predefined ones', () => {
  const input = 'ARG V=1\nFROM alpine AS base\nENV FIRST=1\nFROM base\nARG V\nENV SECOND=2 FIRST=3\nRUN echo $|';
  const { document, position } = withCursor(input);
  const items = getCompletions(document, position);
  const ordered = [...items].sort((a, b) => (a.sortText ?? '').localeCompare(b.sortText ?? '')).map((i) => i.label);
  assert.deepEqual(ordered.slice(0, 3), ['FIRST', 'SECOND', 'V']);
  assert.ok(ordered.indexOf('HTTP_PROXY') > 2, ordered.join(', '));
  assert.equal(items.find((i) => i.label === 'FIRST')?.detail, 'ENV');
});

void test('completion: instruction items are snippets with localized docs', () => {
  const { document, position } = withCursor('FROM alpine\n|');
  const run = getCompletions(document, position, 'ko').find((i) => i.label === 'RUN');
  assert.equal(run?.insertTextFormat, 2);
  assert.ok(JSON.stringify(run?.documentation).includes('레이어'));
});
