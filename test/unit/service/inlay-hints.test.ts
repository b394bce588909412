import { test } from 'node:test';
import assert from 'node:assert/strict';
import { getInlayHints, normalizeSettings, parseDocument } from '../../../server/service/index';

const WHOLE = { start: { line: 0, character: 0 }, end: { line: 1000, character: 0 } };

/** Each hint as `text before it|label`, on its line. */
function hints(text: string, buildArgs: Record<string, string> = {}, range = WHOLE): string[] {
  const document = parseDocument(text);
  return getInlayHints(document, range, buildArgs).map((hint) => {
    const before = document.lines.lineText(hint.position.line).slice(0, hint.position.character);
    return `${before}|${typeof hint.label === 'string' ? hint.label : ''}`;
  });
}

const cases: [string, string, Record<string, string>, string[]][] = [
  [
    'ARG defaults and ENV values',
    'ARG VERSION=1.0\nFROM node:${VERSION}\nENV HOME=/srv\nWORKDIR $HOME/app\n',
    {},
    ['FROM node:${VERSION}|= 1.0', 'WORKDIR $HOME|= /srv'],
  ],
  [
    'a build argument wins over the default',
    'ARG VERSION=1.0\nFROM node:$VERSION\n',
    { VERSION: '22' },
    ['FROM node:$VERSION|= 22'],
  ],
  ['a bare ARG in a stage takes the global default', 'ARG V=3\nFROM a\nARG V\nRUN echo $V\n', {}, ['RUN echo $V|= 3']],
  ['nothing for unknown, unset and predefined variables', 'ARG X\nFROM a\nRUN echo $X $Y $TARGETARCH\n', {}, []],
  ['a global ARG is not visible in a stage that does not redeclare it', 'ARG V=1\nFROM a\nRUN echo $V\n', {}, []],
  [
    'the image behind a stage name, through stages built on stages',
    'FROM golang:1.22 AS build\nFROM build AS test\nFROM alpine\nCOPY --from=test /a /a\n',
    {},
    ['FROM build|golang:1.22', 'COPY --from=test|golang:1.22'],
  ],
  ['an ONBUILD trigger', 'FROM a\nENV P=/p\nONBUILD RUN ls $P\n', {}, ['ONBUILD RUN ls $P|= /p']],
  ['a long value is cut', `FROM a\nENV L=${'x'.repeat(60)}\nRUN echo $L\n`, {}, [`RUN echo $L|= ${'x'.repeat(37)}…`]],
];

for (const [name, input, buildArgs, want] of cases) {
  void test(`inlay hints: ${name}`, () => assert.deepEqual(hints(input, buildArgs), want));
}

void test('inlay hints: only in the range asked for', () => {
  const text = 'ARG V=1\nFROM a:$V AS b\nENV E=2\nRUN echo $E\nCOPY --from=b /x /x\n';
  const line3 = { start: { line: 3, character: 0 }, end: { line: 3, character: 99 } };
  assert.deepEqual(hints(text, {}, line3), ['RUN echo $E|= 2']);
});

void test('inlay hints: the setting is on unless dockerfileStudio.inlayHints.enabled is false', () => {
  assert.equal(normalizeSettings({}).inlayHints, true);
  assert.equal(normalizeSettings({ inlayHints: { enabled: false } }).inlayHints, false);
  assert.equal(normalizeSettings({ inlayHints: { enabled: 'no' } }).inlayHints, true);
});
