// The extension under test, activated, with the API it returns for tests.
import * as assert from 'node:assert/strict';
import * as vscode from 'vscode';
import type { StudioApi } from '../../../client/extension/test-api';

export const EXTENSION_ID = 'dockerfile-studio.dockerfile-studio';

export async function activateStudio(): Promise<StudioApi> {
  const extension = vscode.extensions.getExtension<StudioApi>(EXTENSION_ID);
  assert.ok(extension, `${EXTENSION_ID} is not installed in this VS Code`);
  const api = await extension.activate();
  assert.ok(api && typeof api.outputText === 'function', 'activate() returned no test API');
  return api;
}
