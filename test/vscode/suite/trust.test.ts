// Workspace trust, run by the runner in a folder left untrusted: Build and Run do nothing but say why, in the lenses and
// when invoked, offering to manage trust; editing still works.
import * as assert from 'node:assert/strict';
import * as vscode from 'vscode';
import { extensionMessages } from '../../../client/extension/messages';
import { activateStudio } from '../support/extension';
import { waitForDiagnostic } from '../support/diagnostics';
import { containersOf, imageId, prepareEngine, type TestEngine } from '../support/engine';
import { inputOnPage, waitForPageText } from '../support/page';
import { waitFor } from '../support/wait';
import { closeAllEditors, openFile, positionOf } from '../support/workspace';

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

  test('the Build and Run lenses say they need trust', async () => {
    const lenses = await vscode.commands.executeCommand<vscode.CodeLens[]>(
      'vscode.executeCodeLensProvider',
      document.uri,
    );
    const offered = lenses.map(
      (lens) => `${lens.range.start.line}:${lens.command?.command ?? ''}:${lens.command?.title ?? ''}`,
    );
    assert.deepEqual(offered, [
      '0:dockerfileStudio.buildImage:$(package) Build Image (trust this folder to build)',
      '1:dockerfileStudio.runImage:▶ Run Image (trust this folder to run)',
    ]);
  });

  test('Build Image, chosen in the Command Palette, says why it is disabled and offers Manage Workspace Trust', async function () {
    this.timeout(60_000);
    await vscode.commands.executeCommand('notifications.clearAll');
    await vscode.window.showTextDocument(document);
    await vscode.commands.executeCommand('workbench.action.showCommands');
    await inputOnPage('palette-type', [{ type: 'Dockerfile Studio: Build Image' }]);
    await waitForPageText(
      'palette-row',
      '.quick-input-list .monaco-list-row.focused',
      /Dockerfile Studio: Build Image/,
    );
    await inputOnPage('palette-enter', [{ press: 'Enter' }]);
    await waitForPageText(
      'trust-toast',
      '.notifications-toasts .notification-toast',
      extensionMessages.en.untrustedWorkspace,
    );
    const manage = extensionMessages.en.manageTrust;
    await inputOnPage('trust-manage', [{ click: `.notifications-toasts .monaco-button:has-text("${manage}")` }]);
    await waitFor('the Workspace Trust editor', () =>
      /Workspace Trust/.test(vscode.window.tabGroups.activeTabGroup.activeTab?.label ?? '') ? true : undefined,
    );
    assert.equal(vscode.workspace.isTrusted, false, 'opening the editor trusts nothing by itself');
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

  test('FROM completion offers no image of the local engine', async () => {
    await vscode.commands.executeCommand('dockerfileStudio.checkEngine');
    await new Promise((resolve) => setTimeout(resolve, 2000)); // what a trusted folder would have fetched by now
    const list = await vscode.commands.executeCommand<vscode.CompletionList>(
      'vscode.executeCompletionItemProvider',
      document.uri,
      new vscode.Position(0, 'FROM dfs-e2e/'.length),
    );
    const labels = list.items.map((item) => (typeof item.label === 'string' ? item.label : item.label.label));
    assert.ok(!labels.includes(engine.baseImage), labels.join(' '));
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
