// A Dockerfile's image gets a name from its first build: Build Image offers `<folder>:latest` (the user presses
// Enter), Build & Run reuses it after an edit, and the image that the rebuild took the name from is removed instead of
// piling up as `<none>`.
import * as assert from 'node:assert/strict';
import * as vscode from 'vscode';
import type { RunRecord } from '../../../client/extension/active-runs';
import type { BuildOutcome } from '../../../client/extension/build-outcomes';
import { testRunId } from '../../support/engines';
import { activateStudio } from '../support/extension';
import { imageId, prepareEngine, type TestEngine } from '../support/engine';
import { queryPage, typeKeys } from '../support/page';
import { waitFor } from '../support/wait';
import { closeAllEditors, openFile } from '../support/workspace';

suite('The image name of a first build', () => {
  let engine: TestEngine;
  let editor: vscode.TextEditor;
  let first: BuildOutcome | undefined;
  const folder = `dfs-e2e-named-${testRunId}`;
  const tag = `${folder}:latest`;

  suiteSetup(async function () {
    this.timeout(120_000);
    await activateStudio();
    engine = await prepareEngine('named');
    engine.resources.trackImage(tag);
    editor = await openFile(`${folder}/Dockerfile`, `FROM ${engine.baseImage}\nRUN echo one\nCMD ["echo", "hi"]\n`);
  });
  suiteTeardown(async function () {
    this.timeout(60_000);
    await closeAllEditors();
    await engine?.cleanup();
  });

  test('Build Image offers <folder>:latest', async function () {
    this.timeout(120_000);
    const building = vscode.commands.executeCommand<BuildOutcome>('dockerfileStudio.buildImage');
    await waitFor('the tag prompt', async () => {
      const titles = await queryPage('tag-title', '.quick-input-widget .quick-input-title');
      return titles?.some((element) => element.text === 'Build Image: tag') ? true : undefined;
    });
    await typeKeys('tag-accept', ['key:Enter']);
    first = await building;
    assert.equal(first?.ok, true, first?.error);
    assert.deepEqual(first.tags, [tag]);
  });

  test('Build & Run after an edit rebuilds under that name and removes the image it replaced', async function () {
    this.timeout(120_000);
    await editor.edit((edit) => edit.replace(new vscode.Range(1, 0, 1, 12), 'RUN echo two'));
    await editor.document.save();
    const record = await vscode.commands.executeCommand<RunRecord>(
      'dockerfileStudio.runImage',
      editor.document.uri,
      {},
    );
    assert.equal(record?.exitCode, 0, record?.error);
    const rebuilt = await imageId(engine.client, tag);
    assert.ok(rebuilt && rebuilt !== first?.imageId, 'the name moved to the new image');
    assert.equal(await imageId(engine.client, first?.imageId ?? 'none'), undefined, 'the old image is gone');
  });
});
