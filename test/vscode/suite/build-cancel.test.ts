// Cancel from the build's progress notification, as a user clicks it, in the middle of `RUN sleep 30`: with each
// builder the build stops at once, no image gets the tag and no build container is left behind.
import * as assert from 'node:assert/strict';
import * as vscode from 'vscode';
import type { BuildOutcome } from '../../../client/extension/build-outcomes';
import type { StudioApi } from '../../../client/extension/test-api';
import { activateStudio } from '../support/extension';
import { containersOf, imageId, prepareEngine, type TestEngine } from '../support/engine';
import { clickPage, queryPage } from '../support/page';
import { waitFor } from '../support/wait';
import { closeAllEditors, openFile } from '../support/workspace';

const settings = (): vscode.WorkspaceConfiguration => vscode.workspace.getConfiguration('dockerfileStudio');

suite('Cancel a build from its notification', () => {
  let api: StudioApi;
  let engine: TestEngine;

  suiteSetup(async function () {
    this.timeout(120_000);
    api = await activateStudio();
    engine = await prepareEngine('cancel');
  });
  suiteTeardown(async function () {
    this.timeout(60_000);
    await settings().update('builder', undefined, vscode.ConfigurationTarget.Global);
    await closeAllEditors();
    await engine?.cleanup();
  });

  for (const builder of ['buildkit', 'classic'] as const) {
    test(`${builder} builder: Cancel during RUN sleep 30 leaves no image and no container`, async function () {
      this.timeout(120_000);
      await settings().update('builder', builder, vscode.ConfigurationTarget.Global);
      const tag = engine.tag(`cancelled-${builder}`);
      const text = `FROM ${engine.baseImage}\nRUN echo ${builder} && sleep 30\n`;
      const { document } = await openFile(`cancel-${builder}/Dockerfile`, text);
      await vscode.commands.executeCommand('notifications.clearAll');
      const started = Date.now();
      const building = vscode.commands.executeCommand<BuildOutcome>('dockerfileStudio.buildImage', document.uri, {
        tag,
        noCache: true,
      });
      // The notification names the running step, numbered as the Dockerfile counts it, with its timer.
      const toast = '.notifications-toasts .notification-toast';
      const message = await waitFor(
        'the progress notification on the RUN step',
        async () => {
          const found = await queryPage(`cancel-${builder}-toast`, `${toast} .notification-list-item-message`);
          return found?.map((element) => element.text).find((shown) => /Step 2\/2: RUN echo .* · \d/.test(shown));
        },
        { timeoutMs: 60_000 },
      );
      assert.match(message, /Step 2\/2: RUN echo \w+ && sleep 30 · [\d.]+s/);
      await new Promise((resolve) => setTimeout(resolve, 2000)); // well inside the sleep
      const clicked = await clickPage(
        `cancel-${builder}-click`,
        `${toast}:has-text("sleep 30") .monaco-button:has-text("Cancel")`,
      );
      assert.ok(clicked, 'the runner clicks on the workbench');
      const outcome = await building;
      assert.equal(outcome?.ok, false, api.outputText());
      assert.ok(Date.now() - started < 28_000, `the build stopped before the sleep ended (${Date.now() - started} ms)`);
      assert.match(api.outputText(), /Build cancelled after/);
      assert.equal(await imageId(engine.client, tag), undefined, 'no image has the tag');
      await waitFor('no container of the build', async () =>
        (await containersOf(engine.client, engine.baseImage)).length === 0 ? true : undefined,
      );
    });
  }
});
