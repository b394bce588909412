// Workspace trust, run by the runner in a folder left untrusted: Build and Run do nothing; editing still works.
import * as assert from 'node:assert/strict';
import * as vscode from 'vscode';
import { activateStudio } from '../support/extension';
import { waitForDiagnostic } from '../support/diagnostics';
import { containersOf, imageId, prepareEngine, type TestEngine } from '../support/engine';
import { closeAllEditors, openFile, positionOf } from '../support/workspace';

const STUDIO_COMMANDS = /^dockerfileStudio\.(buildImage|runImage|runImageWithOptions|runInteractive)$/;

suite('Workspace trust: an untrusted folder', () => {
  let engine: TestEngine;
  let document: vscode.TextDocument;

  suiteSetup(async function () {
    this.timeout(120_000);
    await (
      await activateStudio()
    ).languageClientReady;
    engine = await prepareEngine('trust');
    document = (await openFile('trust/Dockerfile', `FROM ${engine.baseImage}\nCMD ["echo", "hello"]\n`)).document;
  });
  suiteTeardown(async function () {
    this.timeout(60_000);
    await closeAllEditors();
    await engine?.cleanup();
  });

  test('the runner left this folder untrusted', () => {
    assert.equal(vscode.workspace.isTrusted, false);
  });

  test('Build Image builds nothing, even with a tag passed', async () => {
    const tag = engine.tag('never');
    const outcome = await vscode.commands.executeCommand('dockerfileStudio.buildImage', document.uri, { tag });
    assert.equal(outcome, undefined);
    assert.equal(await imageId(engine.client, tag), undefined, 'no image was built');
  });

  test('Build Image with Options asks nothing and builds nothing', async () => {
    const outcome = await vscode.commands.executeCommand('dockerfileStudio.buildImageWithOptions', document.uri);
    assert.equal(outcome, undefined, 'it returned at once, with no menu waiting for an answer');
  });

  test('Run Image starts no container', async () => {
    const record = await vscode.commands.executeCommand('dockerfileStudio.runImage', document.uri, {});
    assert.equal(record, undefined);
    assert.deepEqual(await containersOf(engine.client, engine.baseImage), []);
  });

  test('no Build or Run lens is offered', async () => {
    const lenses = await vscode.commands.executeCommand<vscode.CodeLens[]>(
      'vscode.executeCodeLensProvider',
      document.uri,
    );
    const offered = lenses
      .map((lens) => lens.command?.command ?? '')
      .filter((command) => STUDIO_COMMANDS.test(command));
    assert.deepEqual(offered, []);
  });

  test('diagnostics, hover and completion still work', async () => {
    const broken = (await openFile('trust/broken/Dockerfile', 'RUN echo hello\n')).document;
    await waitForDiagnostic(broken.uri, 'NoFromInstruction', 0);
    const hovers = await vscode.commands.executeCommand<vscode.Hover[]>(
      'vscode.executeHoverProvider',
      document.uri,
      positionOf(document, 1, 'CMD'),
    );
    assert.ok(hovers.length > 0, 'a hover on CMD');
    const list = await vscode.commands.executeCommand<vscode.CompletionList>(
      'vscode.executeCompletionItemProvider',
      document.uri,
      new vscode.Position(2, 0),
    );
    assert.ok(
      list.items.some((item) => item.label === 'RUN' || (typeof item.label === 'object' && item.label.label === 'RUN')),
    );
  });

  test('the Images and Containers views stay hidden', async () => {
    const api = await activateStudio();
    // The same command shows the view in a trusted folder (images.test.ts); a hidden view may refuse it.
    await vscode.commands.executeCommand('dockerfileStudio.images.focus').then(
      () => undefined,
      () => undefined,
    );
    await new Promise((resolve) => setTimeout(resolve, 1000));
    assert.equal(api.views.images.visible(), false);
    assert.equal(api.views.containers.visible(), false);
  });
});
