// Build Image FROM a private registry (Debian's docker-registry with htpasswd on 127.0.0.1, started here): the
// extension finds the login in DOCKER_CONFIG, which the runner gives the extension host, with each builder; a wrong
// password fails with the registry named and what to run.
import * as assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as path from 'node:path';
import * as vscode from 'vscode';
import type { BuildOutcome } from '../../../client/extension/build-outcomes';
import type { StudioApi } from '../../../client/extension/test-api';
import { testRunId } from '../../support/engines';
import {
  basicAuth,
  pushImage,
  registryUnavailableReason,
  startRegistry,
  type TestRegistry,
} from '../../support/registry';
import { activateStudio } from '../support/extension';
import { imageId, prepareEngine, type TestEngine } from '../support/engine';
import { closeAllEditors, openFile } from '../support/workspace';

const settings = (): vscode.WorkspaceConfiguration => vscode.workspace.getConfiguration('dockerfileStudio');

suite('Build from a private registry', () => {
  let api: StudioApi;
  let engine: TestEngine;
  let registry: TestRegistry | undefined;
  let image: string;
  let configFile: string;

  /** The docker config the extension reads, with this password for the registry. */
  const login = (password: string): void =>
    fs.writeFileSync(
      configFile,
      JSON.stringify({ auths: { [registry?.host ?? '']: basicAuth(registry?.user ?? '', password) } }),
    );

  /** Only the registry holds the image: each build must pull it. */
  const untag = async (): Promise<void> => {
    if ((await imageId(engine.client, image)) === undefined) return;
    (await engine.client.request('DELETE', `/images/${encodeURIComponent(image)}`)).body.resume();
  };

  const build = async (name: string): Promise<BuildOutcome | undefined> => {
    const { document } = await openFile(
      `registry/${name}/Dockerfile`,
      `FROM ${image}\nRUN echo pulled > /pulled.txt\n`,
    );
    return vscode.commands.executeCommand<BuildOutcome>('dockerfileStudio.buildImage', document.uri, {
      tag: engine.tag(name),
    });
  };

  suiteSetup(async function () {
    this.timeout(120_000);
    const missing = registryUnavailableReason();
    if (missing && process.env.CI !== 'true') this.skip();
    const dockerConfig = process.env.DOCKER_CONFIG;
    assert.ok(dockerConfig, 'the runner gives the extension host a DOCKER_CONFIG folder');
    configFile = path.join(dockerConfig, 'config.json');
    api = await activateStudio();
    engine = await prepareEngine('registry');
    registry = await startRegistry();
    image = `${registry.host}/dfs-e2e/base:${testRunId}`;
    await pushImage(engine.client, engine.baseImage, image, {
      username: registry.user,
      password: registry.password,
      serveraddress: registry.host,
    });
    await untag();
  });
  suiteTeardown(async function () {
    this.timeout(60_000);
    await settings().update('builder', undefined, vscode.ConfigurationTarget.Global);
    if (configFile) fs.rmSync(configFile, { force: true });
    await closeAllEditors();
    if (engine) await untag();
    await registry?.stop();
    await engine?.cleanup();
  });

  for (const builder of ['buildkit', 'classic'] as const) {
    test(`${builder} builder: pulls the base image with the login from DOCKER_CONFIG`, async function () {
      this.timeout(120_000);
      await settings().update('builder', builder, vscode.ConfigurationTarget.Global);
      login(registry?.password ?? '');
      const outcome = await build(builder);
      await untag();
      assert.equal(outcome?.ok, true, `${outcome?.error ?? ''}\n${api.outputText()}`);
      assert.equal(outcome.builder, builder);
      assert.equal(await imageId(engine.client, engine.tag(builder)), outcome.imageId);
    });
  }

  test('a wrong password names the registry and says to log in', async function () {
    this.timeout(120_000);
    await settings().update('builder', undefined, vscode.ConfigurationTarget.Global);
    login('wrong');
    const before = api.outputText().length;
    const outcome = await build('refused');
    const panel = api.outputText().slice(before);
    assert.equal(outcome?.ok, false);
    assert.match(panel, new RegExp(`docker login ${registry?.host ?? ''}`), panel);
    assert.equal(await imageId(engine.client, engine.tag('refused')), undefined);
  });
});
