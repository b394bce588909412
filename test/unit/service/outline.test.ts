import { test } from 'node:test';
import assert from 'node:assert/strict';
import { SymbolKind } from 'vscode-languageserver';
import { getDocumentSymbols, getFoldingRanges, parseDocument } from '../../../server/service/index';
import { MAX_DOCUMENT_SYMBOLS } from '../../../server/service/symbols';

const DOCKERFILE = [
  'ARG BASE=alpine', //           0
  '# build stage', //             1
  '# compiles the app', //        2
  'FROM golang AS build', //      3
  'RUN go build \\', //           4
  '    -o /out/app .', //         5
  'COPY <<EOF /etc/x', //         6
  'a=1', //                       7
  'EOF', //                       8
  '', //                          9
  'FROM $BASE', //                10
  'COPY --from=build /out/app /app', // 11
  'CMD ["/app"]', //              12
  '',
].join('\n');

void test('outline: instructions before the first FROM, then stages holding their instructions', () => {
  const symbols = getDocumentSymbols(parseDocument(DOCKERFILE));
  assert.deepEqual(
    symbols.map((s) => s.name),
    ['ARG', 'build', '$BASE'],
  );
  assert.deepEqual(
    symbols[1]?.children?.map((c) => c.name),
    ['RUN', 'COPY'],
  );
  assert.deepEqual(
    symbols[2]?.children?.map((c) => c.name),
    ['COPY', 'CMD'],
  );
  assert.equal(symbols[1]?.range.start.line, 3);
  assert.ok(symbols[1]?.children?.[0]?.detail?.startsWith('go build'));
  assert.ok(symbols[2]?.children?.[0]?.detail?.startsWith('--from=build'));
});

void test('outline: stages are modules, ARG and ENV variables, build steps events, image settings properties', () => {
  const text = 'ARG BASE=alpine\nFROM $BASE AS app\nENV A=1\nRUN make\nCOPY . /app\nEXPOSE 80\nCMD ["/app"]\n';
  const [arg, stage] = getDocumentSymbols(parseDocument(text));
  assert.equal(arg?.kind, SymbolKind.Variable);
  assert.equal(stage?.kind, SymbolKind.Module);
  assert.deepEqual(
    stage?.children?.map((c) => [c.name, c.kind]),
    [
      ['ENV', SymbolKind.Variable],
      ['RUN', SymbolKind.Event],
      ['COPY', SymbolKind.Event],
      ['EXPOSE', SymbolKind.Property],
      ['CMD', SymbolKind.Property],
    ],
  );
});

void test('folding: comment block, stages, continued instructions and heredocs', () => {
  const ranges = getFoldingRanges(parseDocument(DOCKERFILE)).map((r) => [r.startLine, r.endLine, r.kind ?? '']);
  const want = [
    [1, 2, 'comment'],
    [3, 8, 'region'],
    [4, 5, ''],
    [6, 8, ''],
    [10, 12, 'region'],
  ];
  for (const range of want)
    assert.ok(
      ranges.some((r) => JSON.stringify(r) === JSON.stringify(range)),
      `missing ${JSON.stringify(range)} in ${JSON.stringify(ranges)}`,
    );
  assert.equal(ranges.length, want.length, JSON.stringify(ranges));
});

void test('outline: a huge file gives the first MAX_DOCUMENT_SYMBOLS symbols, in file order', () => {
  const document = parseDocument(`ARG A\n${'FROM a\nRUN x\n'.repeat(MAX_DOCUMENT_SYMBOLS)}`);
  const symbols = getDocumentSymbols(document);
  const count = symbols.reduce((total, symbol) => total + 1 + (symbol.children?.length ?? 0), 0);
  assert.equal(count, MAX_DOCUMENT_SYMBOLS);
  assert.equal(symbols[0]?.name, 'ARG');
  assert.deepEqual(
    symbols.slice(1, 3).map((stage) => [stage.name, stage.children?.map((child) => child.name)]),
    [
      ['a', ['RUN']],
      ['a', ['RUN']],
    ],
  );
});
