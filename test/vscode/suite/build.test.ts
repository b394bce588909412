// Build Image against the real engine: no prompt when a tag is passed, the panel's report, the image, the annotations.
import * as assert from 'node:assert/strict';
import * as vscode from 'vscode';
import type { BuildOutcome } from '../../../client/extension/build-outcomes';
import type { StudioApi } from '../../../client/extension/test-api';
import { activateStudio } from '../support/extension';
import { imageId, prepareEngine, type TestEngine } from '../support/engine';
import { screenshot } from '../support/screenshot';
import { waitFor } from '../support/wait';
import { closeAllEditors, openFile } from '../support/workspace';

suite('Build Image', () => {
  let api: StudioApi;
  let engine: TestEngine;
  let document: vscode.TextDocument;
  let outcome: BuildOutcome | undefined;
  let tag: string;

  suiteSetup(async function () {
    this.timeout(120_000);
    api = await activateStudio();
    engine = await prepareEngine('build');
    tag = engine.tag('hello');
    const text = `FROM ${engine.baseImage}\nRUN echo built > /built.txt\nCMD ["echo", "hello"]\n`;
    document = (await openFile('build/Dockerfile', text)).document;
    // No cache: the RUN step really runs in the engine, and its annotation shows how long it took.
    outcome = await vscode.commands.executeCommand<BuildOutcome | undefined>(
      'dockerfileStudio.buildImage',
      document.uri,
      { tag, noCache: true },
    );
  });
  suiteTeardown(async function () {
    this.timeout(60_000);
    await closeAllEditors();
    await engine?.cleanup();
  });

  test('the command builds with the tag it is given, without asking', () => {
    assert.ok(outcome, 'the command returned the build outcome (a prompt would have returned nothing)');
    assert.equal(outcome.ok, true, `the build succeeded: ${outcome.error ?? ''}\n${api.outputText()}`);
    assert.match(outcome.imageId ?? '', /^sha256:[0-9a-f]{64}$/);
    assert.deepEqual(outcome.tags, [tag]);
  });

  test('the panel shows the steps and the image ID', () => {
    const text = api.outputText();
    assert.match(text, /FROM \S*build-base/, text);
    assert.match(text, /RUN echo built > \/built\.txt/, text);
    assert.ok(text.includes(outcome?.imageId ?? '(no image)'), `the image ID in:\n${text}`);
  });

  test('the image exists in the engine under its tag', async () => {
    assert.equal(await imageId(engine.client, tag), outcome?.imageId);
  });

  test('the lines that made layers carry their annotations', async () => {
    // FROM and RUN are build steps with both builders; CMD is one only with the classic builder.
    const annotated = api.layerAnnotations(document.uri).map((note) => note.line);
    assert.ok(annotated.includes(0) && annotated.includes(1), JSON.stringify(api.layerAnnotations(document.uri)));
    assert.ok(
      annotated.every((line) => line <= 2),
      'only instruction lines',
    );
    const runNote = api.layerAnnotations(document.uri).find((note) => note.line === 1);
    assert.doesNotMatch(runNote?.label ?? '', /cached/, 'built without the cache, the RUN step ran');
    const whole = new vscode.Range(0, 0, document.lineCount, 0);
    const hints = await waitFor('inlay hints on the instruction lines', async () => {
      const found = await vscode.commands.executeCommand<vscode.InlayHint[]>(
        'vscode.executeInlayHintProvider',
        document.uri,
        whole,
      );
      return found.length === annotated.length ? found : undefined;
    });
    const runHint = hints.find((hint) => hint.position.line === 1);
    assert.ok(runHint, 'a hint on the RUN line');
    assert.equal(runHint.position.character, document.lineAt(1).text.length, 'at the end of the line');
    await vscode.commands.executeCommand('dockerfileStudio.showOutput');
    await vscode.window.showTextDocument(document, { preserveFocus: false });
    await screenshot('build');
  });
});
