// The build network on this engine (dockerd --bridge=none, where BuildKit fails with "network bridge not found"):
// with no setting, builds use none and say so; a network the engine lacks fails with the setting to change named.
import * as assert from 'node:assert/strict';
import * as vscode from 'vscode';
import type { BuildOutcome } from '../../../client/extension/build-outcomes';
import type { StudioApi } from '../../../client/extension/test-api';
import { activateStudio } from '../support/extension';
import { prepareEngine, type TestEngine } from '../support/engine';
import { closeAllEditors, openFile } from '../support/workspace';

const settings = (): vscode.WorkspaceConfiguration => vscode.workspace.getConfiguration('dockerfileStudio');

suite('Build network', () => {
  let api: StudioApi;
  let engine: TestEngine;
  let hasBridge: boolean;

  const build = async (name: string): Promise<{ outcome: BuildOutcome | undefined; panel: string }> => {
    const { document } = await openFile(`network/${name}/Dockerfile`, `FROM ${engine.baseImage}\nRUN echo ${name}\n`);
    const before = api.outputText().length;
    const outcome = await vscode.commands.executeCommand<BuildOutcome>('dockerfileStudio.buildImage', document.uri, {
      tag: engine.tag(name),
      noCache: true,
    });
    return { outcome, panel: api.outputText().slice(before) };
  };

  suiteSetup(async function () {
    this.timeout(120_000);
    api = await activateStudio();
    engine = await prepareEngine('network');
    const networks = await engine.client.json<{ Name: string }[]>('GET', '/networks');
    hasBridge = networks.some((network) => network.Name === 'bridge');
  });
  suiteTeardown(async function () {
    this.timeout(60_000);
    await settings().update('build.network', undefined, vscode.ConfigurationTarget.Global);
    await settings().update('builder', undefined, vscode.ConfigurationTarget.Global);
    await closeAllEditors();
    await engine?.cleanup();
  });

  test('with no setting, a build works on this engine and says which network its RUN steps got', async function () {
    this.timeout(120_000);
    await settings().update('build.network', '', vscode.ConfigurationTarget.Global);
    const { outcome, panel } = await build('default');
    assert.equal(outcome?.ok, true, panel);
    if (!hasBridge) assert.match(panel, /no bridge network, so RUN steps build without a network/, panel);
    else assert.doesNotMatch(panel, /no bridge network/, panel);
  });

  for (const builder of ['buildkit', 'classic'] as const) {
    test(`${builder} builder: a network the engine does not have fails with the setting to change`, async function () {
      this.timeout(120_000);
      await settings().update('builder', builder, vscode.ConfigurationTarget.Global);
      await settings().update('build.network', 'dfs-no-such-network', vscode.ConfigurationTarget.Global);
      const { outcome, panel } = await build(`missing-${builder}`);
      assert.equal(outcome?.ok, false, panel);
      assert.match(panel, /dfs-no-such-network/, "the engine's words");
      assert.match(
        panel,
        /^RUN steps cannot use that network here: .* Change dockerfileStudio\.build\.network /m,
        panel,
      );
    });
  }
});
