// The stage walk (UndefinedVar, WorkdirRelativePath, CopyIgnoredFile) is kept per stage across versions: each edit
// below must give the findings of a fresh check, including the stages it did not touch but whose start, lines or
// inputs changed.
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { DocumentStore } from '../../../server/documents';
import { getDiagnostics, parseDocument, type DiagnosticOptions } from '../../../server/service/index';

const BASE = [
  'ARG VERSION=1',
  'FROM scratch AS base',
  'ENV HOME_DIR=/home',
  'WORKDIR app',
  'LABEL v=$HOME_DIR',
  'FROM base AS child',
  'LABEL early=$LATE',
  'ARG LATE',
  'WORKDIR again',
  'COPY $HOME_DIR/secret.txt /x/',
  'ARG FILE',
  'COPY $FILE /x/',
  'FROM scratch AS arch',
  'ARG TARGETARCH',
  'WORKDIR $TARGETARCH',
  'FROM scratch AS other',
  'LABEL v=$VERSION',
  '',
].join('\n');

const IMAGES = new Map([['alpine', { env: ['HOME_DIR=/root'], os: 'linux', architecture: 'amd64' }]]);

interface Edit {
  name: string;
  /** Line and text replacing the whole line. */
  line: number;
  text: string;
}

const EDITS: Edit[] = [
  { name: 'a path changed inside a stage', line: 3, text: 'WORKDIR other' },
  { name: 'an ENV of the parent stage changed', line: 2, text: 'ENV HOME_DIRS=/home' },
  { name: 'a global ARG changed', line: 0, text: 'ARG VERSIONS=1' },
  { name: 'lines added above a stage', line: 4, text: 'LABEL v=$HOME_DIR\nLABEL w=1\n' },
  { name: 'lines removed above a stage', line: 4, text: '' },
  { name: 'the parent stage renamed', line: 1, text: 'FROM scratch AS base2' },
  { name: 'a WORKDIR removed from the parent', line: 3, text: 'LABEL x=1' },
  { name: 'a stage now built on an image', line: 1, text: 'FROM alpine AS base' },
];

const OPTIONS: DiagnosticOptions[] = [
  {},
  { buildArgs: { LATE: 'x' } },
  { isIgnored: (path) => path.endsWith('secret.txt') },
  { images: IMAGES },
];

function lineRange(text: string, line: number) {
  const length = text.split('\n')[line]?.length ?? 0;
  return { start: { line, character: 0 }, end: { line, character: length } };
}

for (const edit of EDITS) {
  void test(`stage walk kept across versions: ${edit.name}`, () => {
    for (const options of OPTIONS) {
      const store = new DocumentStore();
      const uri = 'file:///project/Dockerfile';
      store.open(uri, 1, BASE);
      const before = getDiagnostics(store.get(uri)!, options);
      store.update(uri, 2, [{ range: lineRange(BASE, edit.line), text: edit.text.replace(/\n$/, '') }]);
      const edited = store.get(uri)!;
      const fresh = getDiagnostics(parseDocument(edited.text), options);
      assert.deepEqual(getDiagnostics(edited, options), fresh, `${edit.name} with ${JSON.stringify(options)}`);
      // Typing in the last line keeps it so: the stages above replay what the edit before kept.
      const last = edited.lines.lineCount - 2;
      const end = { line: last, character: edited.lines.lineLength(last) };
      store.update(uri, 3, [{ range: { start: end, end }, text: ' ' }]);
      const typed = store.get(uri)!;
      assert.deepEqual(getDiagnostics(typed, options), getDiagnostics(parseDocument(typed.text), options));
      assert.notDeepEqual(before.length, 0, 'the document has stage-walk findings to keep');
    }
  });
}

void test('stage walk: only the first WORKDIR of a stage and the stages it builds on is checked', () => {
  const text = [
    'FROM scratch AS a',
    'WORKDIR one',
    'WORKDIR two',
    'FROM a',
    'WORKDIR three',
    'FROM scratch',
    'WORKDIR four',
  ];
  const found = getDiagnostics(parseDocument(`${text.join('\n')}\n`), {})
    .filter((diagnostic) => diagnostic.code === 'WorkdirRelativePath')
    .map((diagnostic) => diagnostic.range.start.line);
  assert.deepEqual(found, [1, 6]);
});

const ignored = (path: string): boolean => path.endsWith('secret.txt');

/** Each pair: the options of one version, then those of the next. */
const CHANGED_OPTIONS: [string, DiagnosticOptions, DiagnosticOptions][] = [
  ['a build argument', { isIgnored: ignored }, { isIgnored: ignored, buildArgs: { FILE: 'secret.txt' } }],
  ['the ignore file', { isIgnored: () => false }, { isIgnored: ignored }],
  ['the platform', {}, { platform: { os: 'linux', architecture: 'arm64' } }],
];

for (const [name, first, next] of CHANGED_OPTIONS) {
  void test(`stage walk kept across versions: ${name} changed`, () => {
    const store = new DocumentStore();
    const uri = 'file:///project/Dockerfile';
    store.open(uri, 1, BASE);
    getDiagnostics(store.get(uri)!, first);
    const last = BASE.split('\n').length - 2;
    const end = { line: last, character: 0 };
    store.update(uri, 2, [{ range: { start: end, end }, text: ' ' }]);
    const edited = store.get(uri)!;
    const fresh = getDiagnostics(parseDocument(edited.text), next);
    assert.notDeepEqual(getDiagnostics(parseDocument(edited.text), first), fresh, 'the options change the findings');
    assert.deepEqual(getDiagnostics(edited, next), fresh);
  });
}
