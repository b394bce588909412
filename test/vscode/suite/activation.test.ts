// Activation: the extension wakes up for a Dockerfile, starts its language server, and shows the engine's state.
import * as assert from 'node:assert/strict';
import * as vscode from 'vscode';
import { EXTENSION_ID, activateStudio } from '../support/extension';
import { waitFor } from '../support/wait';
import { openFile } from '../support/workspace';

suite('Activation', () => {
  test('activates when a Dockerfile is opened', async () => {
    const editor = await openFile('Dockerfile');
    assert.equal(editor.document.languageId, 'dockerfile');
    const extension = vscode.extensions.getExtension(EXTENSION_ID);
    assert.ok(extension, `${EXTENSION_ID} is loaded`);
    await waitFor('the extension to activate by itself', () => (extension.isActive ? true : undefined));
  });

  test('starts the language server', async () => {
    const api = await activateStudio();
    await api.languageClientReady;
  });

  test('the status item shows the engine as reachable', async () => {
    const api = await activateStudio();
    const state = await waitFor('the engine check to finish', () => {
      const current = api.engineState();
      return current.kind === 'ready' || current.kind === 'unreachable' ? current : undefined;
    });
    assert.equal(state.kind, 'ready', `the engine should answer: ${JSON.stringify(state)}`);
    assert.match(api.statusText(), new RegExp(state.product));
  });

  test('the status item says plainly when the engine cannot be reached', async function () {
    this.timeout(60_000);
    const api = await activateStudio();
    const settings = vscode.workspace.getConfiguration('dockerfileStudio');
    await settings.update('engine.host', 'unix:///nonexistent/docker.sock', vscode.ConfigurationTarget.Global);
    try {
      const state = await waitFor('the engine to be reported unreachable', () => {
        const current = api.engineState();
        return current.kind === 'unreachable' ? current : undefined;
      });
      assert.doesNotMatch(state.message, /\bE[A-Z]{4,}\b/, `no raw errno in "${state.message}"`);
      assert.doesNotMatch(api.statusText(), /Docker|Podman/);
    } finally {
      await settings.update('engine.host', undefined, vscode.ConfigurationTarget.Global);
    }
    await waitFor('the engine to be back', () => (api.engineState().kind === 'ready' ? true : undefined));
  });
});
