// Build Image with Options…, driven as a user drives it: click an option in the menu, type its value, then Build.
// A label reaches the image, a secret from an environment variable reaches RUN --mount=type=secret (and nowhere
// else), and the next time the menu starts from these options.
import * as assert from 'node:assert/strict';
import * as vscode from 'vscode';
import type { BuildOutcome } from '../../../client/extension/build-outcomes';
import type { StudioApi } from '../../../client/extension/test-api';
import { activateStudio } from '../support/extension';
import { prepareEngine, type TestEngine } from '../support/engine';
import { clickPage, queryPage, typeKeys } from '../support/page';
import { waitFor } from '../support/wait';
import { closeAllEditors, openFile } from '../support/workspace';

const secretValue = 's3cret-value-e2e';
const widget = '.quick-input-widget';

/** Waits until the quick input shows this title. */
async function shown(title: string): Promise<void> {
  await waitFor(`the "${title}" prompt`, async () => {
    const titles = await queryPage('options-title', `${widget} .quick-input-title`);
    return titles?.some((element) => element.text === title) ? true : undefined;
  });
}

/** Picks the menu row whose label is exactly `label`. */
async function pick(label: string): Promise<void> {
  await clickPage('options-pick', `${widget} .quick-input-list :text-is("${label}")`);
}

async function answer(title: string, value: string): Promise<void> {
  await shown(title);
  await typeKeys('options-type', ['key:Control+A', value, 'key:Enter']);
}

suite('Build Image with Options', () => {
  let api: StudioApi;
  let engine: TestEngine;
  let dockerfile: vscode.Uri;
  let outcome: BuildOutcome | undefined;
  let tag: string;

  suiteSetup(async function () {
    this.timeout(180_000);
    api = await activateStudio();
    engine = await prepareEngine('options');
    tag = engine.tag('options');
    process.env.DFS_E2E_TOKEN = secretValue; // the extension host's environment, where env= secrets are read
    const text = [
      `FROM ${engine.baseImage}`,
      // Prints the value without its first part: the whole value is written nowhere, not even here.
      'RUN --mount=type=secret,id=token sed "s/^s3cret-//" /run/secrets/token',
      '',
    ].join('\n');
    dockerfile = (await openFile('options/Dockerfile', text)).document.uri;
    const building = vscode.commands.executeCommand<BuildOutcome>('dockerfileStudio.buildImageWithOptions', dockerfile);
    await shown('Build Image with Options');
    await pick('Tag');
    await answer('Build Image: tag', tag);
    await shown('Build Image with Options');
    await pick('Labels');
    await answer('Labels', 'lesson=layers');
    await shown('Build Image with Options');
    await pick('Secrets');
    await answer('Secrets', 'id=token,env=DFS_E2E_TOKEN');
    await shown('Build Image with Options');
    await pick('Cache');
    await shown('Cache');
    await pick('run every step again (--no-cache)');
    await shown('Build Image with Options');
    await pick('Build with these options');
    outcome = await building;
  });
  suiteTeardown(async function () {
    this.timeout(60_000);
    delete process.env.DFS_E2E_TOKEN;
    await vscode.commands.executeCommand('workbench.action.closeQuickOpen');
    await closeAllEditors();
    await engine?.cleanup();
  });

  test('the build gets the tag, the label and the secret', async () => {
    assert.equal(outcome?.ok, true, `${outcome?.error ?? ''}\n${api.outputText()}`);
    assert.deepEqual(outcome.tags, [tag]);
    const image = await engine.client.json<{ Config: { Labels: Record<string, string> | null } }>(
      'GET',
      `/images/${encodeURIComponent(tag)}/json`,
    );
    assert.equal(image.Config.Labels?.lesson, 'layers');
    assert.match(api.outputText(), /^ {4}value-e2e$/m, 'the RUN read the secret');
  });

  test("the secret's value is in no log", () => {
    assert.ok(!api.outputText().includes(secretValue));
    assert.ok(!api.rawBuildLog().includes(secretValue));
  });

  test('the next time, the menu starts from these options', async function () {
    this.timeout(60_000);
    void vscode.commands.executeCommand('dockerfileStudio.buildImageWithOptions', dockerfile);
    await shown('Build Image with Options');
    const rows = await waitFor('the menu rows', () => queryPage('options-rows', `${widget} .monaco-list-row`));
    const text = rows.map((row) => row.text).join('\n');
    assert.ok(text.includes(tag), text);
    assert.match(text, /lesson=layers/);
    assert.match(text, /id=token,env=DFS_E2E_TOKEN/);
    await vscode.commands.executeCommand('workbench.action.closeQuickOpen');
  });
});
