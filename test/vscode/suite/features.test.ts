// Editor features, each through its `vscode.execute…Provider` command, on one multi-stage Dockerfile.
import * as assert from 'node:assert/strict';
import * as vscode from 'vscode';
import { activateStudio } from '../support/extension';
import { waitForPageText } from '../support/page';
import { waitFor } from '../support/wait';
import { closeAllEditors, openFile, positionOf } from '../support/workspace';

const MULTI_STAGE = [
  'ARG VERSION=1.0', //                  0
  'FROM alpine AS build', //             1
  'ENV APP_HOME=/app', //                2
  'RUN echo $APP_HOME', //               3
  'FROM build AS final', //              4
  'COPY --from=build /app /app', //      5
  'cmd   ["echo", "hello"]', //          6: lower case and extra spaces, for the formatter
  '', //                                 7: empty, for completion
].join('\n');

function hoverText(hovers: vscode.Hover[]): string {
  return hovers
    .flatMap((hover) => hover.contents.map((part) => (typeof part === 'string' ? part : part.value)))
    .join('\n');
}

function lines(locations: (vscode.Location | vscode.LocationLink)[]): number[] {
  return locations
    .map((l) => ('targetRange' in l ? (l.targetSelectionRange ?? l.targetRange) : l.range).start.line)
    .sort();
}

suite('Editor features', () => {
  let document: vscode.TextDocument;
  let count = 0;
  const run = <T>(command: string, ...args: unknown[]): Thenable<T> =>
    vscode.commands.executeCommand<T>(command, document.uri, ...args);

  suiteSetup(async () => {
    await (
      await activateStudio()
    ).languageClientReady;
  });
  setup(async () => {
    // A file of its own for each test: a rename saves what it changes, so a shared file would carry it over.
    document = (await openFile(`features/${++count}/Dockerfile`, MULTI_STAGE)).document;
  });
  teardown(closeAllEditors);

  test('hover explains an instruction and links to its docs by name', async () => {
    const hovers = await run<vscode.Hover[]>('vscode.executeHoverProvider', positionOf(document, 3, 'RUN'));
    assert.match(hoverText(hovers), /RUN/);
    assert.match(hoverText(hovers), /\[Docker docs: RUN\]\(https:\/\/docs\.docker\.com\/reference\/dockerfile\/#run\)/);
  });

  test('typing ${ and accepting a variable gives ${NAME}, with the brace the editor closed not doubled', async () => {
    const editor = await openFile(`features/typed/${count}/Dockerfile`, 'FROM alpine\nARG GREETING=hi\nRUN echo \n');
    const end = editor.document.lineAt(2).range.end;
    editor.selection = new vscode.Selection(end, end);
    await vscode.commands.executeCommand('type', { text: '$' });
    await vscode.commands.executeCommand('type', { text: '{' });
    assert.equal(editor.document.lineAt(2).text, 'RUN echo ${}', 'the editor closed the brace');
    await waitForPageText('suggest-greeting', '.suggest-widget.visible .monaco-list-row.focused', 'GREETING');
    await vscode.commands.executeCommand('acceptSelectedSuggestion');
    await waitFor('the accepted suggestion', () =>
      editor.document.lineAt(2).text === 'RUN echo ${}' ? undefined : true,
    );
    assert.equal(editor.document.lineAt(2).text, 'RUN echo ${GREETING}');
  });

  test('completion offers instructions on an empty line', async () => {
    const list = await run<vscode.CompletionList>('vscode.executeCompletionItemProvider', new vscode.Position(7, 0));
    const labels = list.items.map((item) => (typeof item.label === 'string' ? item.label : item.label.label));
    for (const keyword of ['FROM', 'RUN', 'COPY', 'WORKDIR'])
      assert.ok(labels.includes(keyword), `${keyword} in ${labels.join(' ')}`);
  });

  test('definition goes from a stage reference and from a variable to where they are declared', async () => {
    assert.deepEqual(lines(await run('vscode.executeDefinitionProvider', positionOf(document, 5, 'build'))), [1]);
    assert.deepEqual(lines(await run('vscode.executeDefinitionProvider', positionOf(document, 3, 'APP_HOME'))), [2]);
  });

  test('references find every use of a stage name', async () => {
    const found = await run<vscode.Location[]>('vscode.executeReferenceProvider', positionOf(document, 1, 'build'));
    assert.deepEqual(lines(found), [1, 4, 5]);
  });

  test('rename changes a stage name everywhere', async () => {
    const edit = await run<vscode.WorkspaceEdit>(
      'vscode.executeDocumentRenameProvider',
      positionOf(document, 1, 'build'),
      'builder',
    );
    assert.ok(await vscode.workspace.applyEdit(edit));
    assert.equal(document.lineAt(1).text, 'FROM alpine AS builder');
    assert.equal(document.lineAt(4).text, 'FROM builder AS final');
    assert.equal(document.lineAt(5).text, 'COPY --from=builder /app /app');
  });

  test('document symbols list the stages, each instruction with a kind that fits it', async () => {
    const symbols = await run<vscode.DocumentSymbol[]>('vscode.executeDocumentSymbolProvider');
    const kinds = (list: vscode.DocumentSymbol[]): string[] =>
      list.map((symbol) => `${symbol.name.toUpperCase()}:${vscode.SymbolKind[symbol.kind]}`);
    assert.deepEqual(kinds(symbols), ['ARG:Variable', 'BUILD:Module', 'FINAL:Module']);
    assert.deepEqual(kinds(symbols[1]?.children ?? []), ['ENV:Variable', 'RUN:Event']);
    assert.deepEqual(kinds(symbols[2]?.children ?? []), ['COPY:Event', 'CMD:Property'], 'CMD is no function');
  });

  test('formatting upper-cases keywords and collapses spaces', async () => {
    const edits = await run<vscode.TextEdit[]>('vscode.executeFormatDocumentProvider', {
      tabSize: 4,
      insertSpaces: true,
    });
    const edit = new vscode.WorkspaceEdit();
    edit.set(document.uri, edits);
    assert.ok(await vscode.workspace.applyEdit(edit));
    assert.equal(document.lineAt(6).text, 'CMD ["echo", "hello"]');
    assert.equal(document.lineAt(1).text, 'FROM alpine AS build', 'a well-formatted line stays as it is');
  });

  test('semantic tokens mark keywords and variables', async () => {
    const legend = await run<vscode.SemanticTokensLegend>('vscode.provideDocumentSemanticTokensLegend');
    const tokens = await run<vscode.SemanticTokens>('vscode.provideDocumentSemanticTokens');
    const decoded = decodeTokens(tokens.data, legend);
    const at = (line: number, needle: string): string | undefined =>
      decoded.find((t) => t.line === line && t.start === document.lineAt(line).text.indexOf(needle))?.type;
    assert.equal(at(1, 'FROM'), 'keyword');
    assert.equal(at(3, 'RUN'), 'keyword');
    assert.ok(
      decoded.some((t) => t.line === 3 && t.type === 'variable'),
      'the $APP_HOME use is a variable',
    );
  });
});

/** Semantic tokens arrive as relative quintuples: line delta, start delta, length, type index, modifier bits. */
function decodeTokens(
  data: Uint32Array,
  legend: vscode.SemanticTokensLegend,
): { line: number; start: number; type: string }[] {
  const tokens: { line: number; start: number; type: string }[] = [];
  let line = 0;
  let start = 0;
  for (let i = 0; i + 4 < data.length; i += 5) {
    const lineDelta = data[i] ?? 0;
    line += lineDelta;
    start = lineDelta === 0 ? start + (data[i + 1] ?? 0) : (data[i + 1] ?? 0);
    tokens.push({ line, start, type: legend.tokenTypes[data[i + 3] ?? 0] ?? '?' });
  }
  return tokens;
}
