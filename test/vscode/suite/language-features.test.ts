// The language features beyond the basics, each through its `vscode.execute…Provider` command.
import * as assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as path from 'node:path';
import * as vscode from 'vscode';
import { prepareEngine, type TestEngine } from '../support/engine';
import { activateStudio } from '../support/extension';
import { waitFor } from '../support/wait';
import { closeAllEditors, openFile, positionOf, workspaceUri } from '../support/workspace';

const DOCKERFILE = [
  '# syntax=docker/dockerfile:1', //              0
  'ARG VERSION=1.0', //                          1
  'FROM golang:1.22 AS build', //                2
  'COPY go.mod ./', //                           3
  'RUN echo $VERSION', //                        4
  'FROM alpine', //                              5
  'COPY --from=build /app /app', //              6
  '# docs: https://example.com/app', //          7
].join('\n');

suite('Language features', () => {
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
    document = (await openFile(`language-features/${++count}/Dockerfile`, DOCKERFILE)).document;
  });
  teardown(closeAllEditors);

  test('signature help shows the instruction with the parameter under the cursor active', async () => {
    const end = document.lineAt(3).range.end;
    const help = await run<vscode.SignatureHelp>('vscode.executeSignatureHelpProvider', end);
    const signature = help.signatures[help.activeSignature];
    assert.ok(signature, 'a signature for COPY');
    assert.match(signature.label, /^COPY \[--from=<stage>\]/);
    const active = signature.parameters[help.activeParameter]?.label;
    assert.ok(Array.isArray(active), 'parameters are spans of the label');
    assert.equal(signature.label.slice(...active), '<dest>');
  });

  test('document highlight marks a stage declaration and its uses', async () => {
    const found = await run<vscode.DocumentHighlight[]>(
      'vscode.executeDocumentHighlights',
      positionOf(document, 6, 'build'),
    );
    const marks = found.map(
      (h) => `${h.range.start.line}:${h.kind === vscode.DocumentHighlightKind.Write ? 'W' : 'R'}`,
    );
    assert.deepEqual(marks.sort(), ['2:W', '6:R']);
  });

  test('document links lead to the image pages, the copied file and web addresses', async () => {
    const links = await run<vscode.DocumentLink[]>('vscode.executeLinkProvider');
    const targets = links.map((link) => link.target?.toString(true) ?? '');
    assert.ok(targets.includes('https://hub.docker.com/_/golang'), targets.join(' '));
    assert.ok(targets.includes('https://hub.docker.com/r/docker/dockerfile'), targets.join(' '));
    assert.ok(targets.includes('https://example.com/app'), targets.join(' '));
    const goMod = vscode.Uri.joinPath(document.uri, '..', 'go.mod').toString(true);
    assert.ok(targets.includes(goMod), `${goMod} in ${targets.join(' ')}`);
  });

  test('selection ranges grow from a word to the whole document', async () => {
    const [selection] = await run<vscode.SelectionRange[]>('vscode.executeSelectionRangeProvider', [
      positionOf(document, 6, 'app'),
    ]);
    const texts: string[] = [];
    for (let range = selection; range; range = range.parent) texts.push(document.getText(range.range));
    assert.equal(texts[0], 'app');
    assert.ok(texts.includes('COPY --from=build /app /app'), texts.join(' | '));
    assert.equal(texts[texts.length - 1], document.getText());
  });

  test('range formatting changes only the instructions in the range; Enter after a continuation indents', async () => {
    const messy = await openFile(`language-features/${++count}/Dockerfile`, 'from a\nrun   x\nrun y \\\n');
    const options = { tabSize: 4, insertSpaces: true };
    const edits = await vscode.commands.executeCommand<vscode.TextEdit[]>(
      'vscode.executeFormatRangeProvider',
      messy.document.uri,
      new vscode.Range(1, 0, 1, 3),
      options,
    );
    const edit = new vscode.WorkspaceEdit();
    edit.set(messy.document.uri, edits);
    assert.ok(await vscode.workspace.applyEdit(edit));
    assert.deepEqual(
      [0, 1].map((line) => messy.document.lineAt(line).text),
      ['from a', 'RUN x'],
    );
    const typed = await vscode.commands.executeCommand<vscode.TextEdit[]>(
      'vscode.executeFormatOnTypeProvider',
      messy.document.uri,
      new vscode.Position(3, 0),
      '\n',
      options,
    );
    assert.deepEqual(
      typed.map((e) => e.newText),
      ['RUN', '    '],
      'the finished line is formatted and the new continuation line indented',
    );
  });

  test('semantic tokens by range cover only the lines asked for', async () => {
    const legend = await run<vscode.SemanticTokensLegend>('vscode.provideDocumentRangeSemanticTokensLegend');
    const tokens = await run<vscode.SemanticTokens>(
      'vscode.provideDocumentRangeSemanticTokens',
      new vscode.Range(4, 0, 4, 99),
    );
    let line = 0;
    const found: string[] = [];
    for (let i = 0; i + 4 < tokens.data.length; i += 5) {
      line += tokens.data[i] ?? 0;
      found.push(`${line}:${legend.tokenTypes[tokens.data[i + 3] ?? 0]}`);
    }
    assert.deepEqual(found, ['4:keyword', '4:variable']);
  });

  test('inlay hints show the value of a variable and the image behind a stage name', async () => {
    const hints = await run<vscode.InlayHint[]>('vscode.executeInlayHintProvider', new vscode.Range(0, 0, 8, 0));
    const labels = hints.map((h) => `${h.position.line}:${typeof h.label === 'string' ? h.label : ''}`);
    assert.deepEqual(labels, ['6:golang:1.22']);
    const args = await openFile(`language-features/${++count}/Dockerfile`, 'ARG V=1.0\nFROM alpine:$V\n');
    const valued = await vscode.commands.executeCommand<vscode.InlayHint[]>(
      'vscode.executeInlayHintProvider',
      args.document.uri,
      new vscode.Range(0, 0, 2, 0),
    );
    assert.deepEqual(
      valued.map((h) => h.label),
      ['= 1.0'],
    );
  });

  test('workspace symbols find stages in Dockerfiles that are not open', async () => {
    writeFile('language-features/symbols/api.Dockerfile', 'FROM golang:1.22 AS zebra-compile\n');
    const found = await vscode.commands.executeCommand<vscode.SymbolInformation[]>(
      'vscode.executeWorkspaceSymbolProvider',
      'zebra',
    );
    const names = found.map((s) => `${s.name} ${s.containerName} ${s.location.uri.path.split('/').pop()}`);
    assert.deepEqual(names, ['zebra-compile golang:1.22 api.Dockerfile']);
  });

  test('Check Workspace puts the problems of unopened Dockerfiles in the Problems panel, honouring the config file', async () => {
    const loud = writeFile(
      'language-features/check/loud/Dockerfile',
      'FROM alpine\nRUN make && cd /app\nCMD ["a"]\nCMD ["b"]\n',
    );
    const quiet = writeFile('language-features/check/quiet/Dockerfile', 'FROM alpine\nCMD ["a"]\nCMD ["b"]\n');
    writeFile(
      'language-features/check/quiet/.dockerfile-studio.json',
      '{ "rules": { "MultipleInstructionsDisallowed": "off" } }',
    );
    await vscode.commands.executeCommand('dockerfileStudio.checkWorkspace');
    const codes = (uri: vscode.Uri): string[] =>
      vscode.languages.getDiagnostics(uri).map((d) => String(typeof d.code === 'object' ? d.code.value : d.code));
    assert.ok(codes(loud).includes('MultipleInstructionsDisallowed'), codes(loud).join(' '));
    assert.ok(!codes(quiet).includes('MultipleInstructionsDisallowed'), codes(quiet).join(' '));
    assert.ok(codes(loud).includes('CdInsteadOfWorkdir'), `the shell rules run too: ${codes(loud).join(' ')}`);
  });
});

/** Writes a workspace file without opening it, and returns its URI. */
function writeFile(relative: string, text: string): vscode.Uri {
  const uri = workspaceUri(relative);
  fs.mkdirSync(path.dirname(uri.fsPath), { recursive: true });
  fs.writeFileSync(uri.fsPath, text);
  return uri;
}

suite('FROM completion from local images', () => {
  let engine: TestEngine;

  suiteSetup(async function () {
    this.timeout(120_000);
    await (
      await activateStudio()
    ).languageClientReady;
    engine = await prepareEngine('local-images');
  });
  suiteTeardown(async () => {
    await closeAllEditors();
    await engine?.cleanup();
  });

  test('offers the images of the local engine after it is checked again', async () => {
    const { document } = await openFile('language-features/local-images/Dockerfile', 'FROM dfs-e2e/local\n');
    await vscode.commands.executeCommand('dockerfileStudio.checkEngine');
    const labels = async (): Promise<string[]> => {
      const list = await vscode.commands.executeCommand<vscode.CompletionList>(
        'vscode.executeCompletionItemProvider',
        document.uri,
        new vscode.Position(0, 'FROM dfs-e2e/local'.length),
      );
      return list.items.map((item) => (typeof item.label === 'string' ? item.label : item.label.label));
    };
    await waitFor('the imported base image among the completions', async () =>
      (await labels()).includes(engine.baseImage) ? true : undefined,
    );
  });
});
