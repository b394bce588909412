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
});
