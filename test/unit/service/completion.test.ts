import { test } from 'node:test';
import assert from 'node:assert/strict';
import { getCompletions } from '../../../server/service/index';
import { withCursor } from './support';

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
    name: 'variables after $',
    input: 'ARG G=1\nFROM alpine\nARG A=1\nENV E=2\nRUN echo $|',
    want: ['A', 'E', 'TARGETARCH'],
    not: ['G'],
  },
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

void test('completion: instruction items are snippets with localized docs', () => {
  const { document, position } = withCursor('FROM alpine\n|');
  const run = getCompletions(document, position, 'ko').find((i) => i.label === 'RUN');
  assert.equal(run?.insertTextFormat, 2);
  assert.ok(JSON.stringify(run?.documentation).includes('레이어'));
});
