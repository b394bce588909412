import { test } from 'node:test';
import assert from 'node:assert/strict';
import { DocumentHighlightKind } from 'vscode-languageserver';
import { getDocumentHighlights } from '../../../server/service/index';
import { withCursor } from './support';

/** Each highlight as `text@line:kind` (W write, R read, T text), in document order. */
function highlights(marked: string): string[] {
  const { document, position } = withCursor(marked);
  const kinds = {
    [DocumentHighlightKind.Write]: 'W',
    [DocumentHighlightKind.Read]: 'R',
    [DocumentHighlightKind.Text]: 'T',
  };
  return getDocumentHighlights(document, position).map(
    (h) => `${document.lines.textIn(h.range)}@${h.range.start.line}:${kinds[h.kind ?? DocumentHighlightKind.Text]}`,
  );
}

const STAGES =
  'FROM golang AS build\nFROM build AS test\nFROM alpine\nCOPY --from=build /a /a\nRUN --mount=from=build,target=/s ls\n';

const cases: [string, string, string[]][] = [
  [
    'a stage from its declaration',
    STAGES.replace('AS build', 'AS bu|ild'),
    ['build@0:W', 'build@1:R', 'build@3:R', 'build@4:R'],
  ],
  [
    'a stage from --from',
    STAGES.replace('--from=build', '--from=b|uild'),
    ['build@0:W', 'build@1:R', 'build@3:R', 'build@4:R'],
  ],
  [
    'a stage from FROM name',
    STAGES.replace('FROM build', 'FROM buil|d'),
    ['build@0:W', 'build@1:R', 'build@3:R', 'build@4:R'],
  ],
  ['an ARG and its uses', 'ARG V=1\nFROM a:$|V\nARG V\nRUN echo ${V:-x} $VV\n', ['V@0:W', 'V@1:R', 'V@2:W', 'V@3:R']],
  ['an ENV and its uses', 'FROM a\nENV H|OME=/h\nWORKDIR $HOME/x\n', ['HOME@1:W', 'HOME@2:R']],
  ['a heredoc marker and its terminator', 'FROM a\nRUN <<E|OF\necho EOF here\nEOF\n', ['<<EOF@1:T', 'EOF@3:T']],
  ['a heredoc terminator and its marker', 'FROM a\nCOPY <<A <<B /x\na\nA\nb\nB|\n', ['<<B@1:T', 'B@5:T']],
  ['nothing on a keyword', 'FR|OM a AS b\n', []],
  ['nothing on an image that is not a stage', 'FROM alp|ine\n', []],
];

for (const [name, input, want] of cases) {
  void test(`highlight: ${name}`, () => assert.deepEqual(highlights(input), want));
}
