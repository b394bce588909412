import { test } from 'node:test';
import assert from 'node:assert/strict';
import { getDefinition, getReferences, prepareRename, renameSymbol } from '../../../server/service/index';
import { applyEdits, withCursor } from './support';

const STAGES =
  'FROM golang AS build\nRUN make\nFROM build AS test\nFROM alpine\nCOPY --from=build /a /a\nRUN --mount=type=bind,from=build,target=/s ls\n';

const renames: { name: string; input: string; newName: string; want: string }[] = [
  {
    name: 'stage from its declaration',
    input: STAGES.replace('AS build', 'AS bu|ild'),
    newName: 'compile',
    want: STAGES.replaceAll('build', 'compile'),
  },
  {
    name: 'stage from a --from reference',
    input: STAGES.replace('--from=build', '--from=bui|ld'),
    newName: 'b2',
    want: STAGES.replaceAll('build', 'b2'),
  },
  {
    name: 'stage referenced with other casing',
    input: 'FROM a AS Base\nFROM BASE\nCOPY --from=ba|se x y\n',
    newName: 'root',
    want: 'FROM a AS root\nFROM root\nCOPY --from=root x y\n',
  },
  {
    name: 'ARG and its references',
    input: 'ARG V|ER=1\nFROM a:$VER\nARG VER\nRUN echo ${VER:-x} $VERSION\n',
    newName: 'TAG',
    want: 'ARG TAG=1\nFROM a:$TAG\nARG TAG\nRUN echo ${TAG:-x} $VERSION\n',
  },
  {
    name: 'ENV from a reference',
    input: 'FROM a\nENV HOME=/h\nWORKDIR $HO|ME/x\n',
    newName: 'ROOT',
    want: 'FROM a\nENV ROOT=/h\nWORKDIR $ROOT/x\n',
  },
];

for (const { name, input, newName, want } of renames) {
  void test(`rename: ${name}`, () => {
    const { document, position } = withCursor(input);
    assert.ok(prepareRename(document, position), 'prepareRename refused');
    const result = renameSymbol(document, position, newName);
    assert.ok(result && 'edit' in result, JSON.stringify(result));
    assert.equal(applyEdits(document.text, result.edit.changes?.[document.uri] ?? []), want);
  });
}

void test('rename: an invalid new name is refused with an explanation, in Korean too', () => {
  const { document, position } = withCursor('FROM a AS b|uild\n');
  const english = renameSymbol(document, position, '9 lives');
  assert.ok(english && 'error' in english && english.error.includes('stage name'));
  const korean = renameSymbol(document, position, '9 lives', 'ko');
  assert.ok(korean && 'error' in korean && korean.error.includes('스테이지 이름'));
});

void test('rename: nothing to rename on a keyword or an image that is not a stage', () => {
  for (const input of ['FR|OM alpine\n', 'FROM alp|ine\n', 'FROM a\nCOPY --from=ngi|nx x y\n']) {
    const { document, position } = withCursor(input);
    assert.equal(prepareRename(document, position), undefined, input);
  }
});

const definitions: { name: string; input: string; want: number | undefined }[] = [
  { name: 'stage from FROM', input: STAGES.replace('FROM build', 'FROM bu|ild'), want: 0 },
  { name: 'stage from --mount from=', input: STAGES.replace('from=build,', 'from=bu|ild,'), want: 0 },
  { name: 'variable to the nearest earlier definition', input: 'FROM a\nENV X=1\nENV X=2\nRUN echo $|X\n', want: 2 },
  { name: 'global ARG from FROM', input: 'ARG T=1\nFROM a:$|T\n', want: 0 },
  {
    name: 'global ARG is not visible in a stage without redeclaration',
    input: 'ARG T=1\nFROM a\nRUN echo $|T\n',
    want: undefined,
  },
  { name: 'undefined variable', input: 'FROM a\nRUN echo $|NOPE\n', want: undefined },
  // Verified on the engines: `ARG foo-bar=1` declares `foo-bar`, which leaves `$foo` empty.
  { name: 'an ARG name is all of it before =', input: 'FROM a\nARG foo-bar=1\nRUN echo $|foo\n', want: undefined },
];

for (const { name, input, want } of definitions) {
  void test(`definition: ${name}`, () => {
    const { document, position } = withCursor(input);
    const lines = getDefinition(document, position).map((l) => l.range.start.line);
    assert.deepEqual(lines, want === undefined ? [] : [want]);
  });
}

void test('references: a stage, with and without its declaration', () => {
  const { document, position } = withCursor(STAGES.replace('AS build', 'AS bu|ild'));
  assert.deepEqual(
    getReferences(document, position, true).map((l) => l.range.start.line),
    [0, 2, 4, 5],
  );
  assert.deepEqual(
    getReferences(document, position, false).map((l) => l.range.start.line),
    [2, 4, 5],
  );
});
