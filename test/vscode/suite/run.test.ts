// Run Image: the lens sits on the CMD line, and running it prints the container's output, exits 0, leaves nothing.
import * as assert from 'node:assert/strict';
import * as vscode from 'vscode';
import type { RunRecord } from '../../../client/extension/active-runs';
import type { BuildOutcome } from '../../../client/extension/build-outcomes';
import type { StudioApi } from '../../../client/extension/test-api';
import { activateStudio } from '../support/extension';
import { containersOf, prepareEngine, type TestEngine } from '../support/engine';
import { screenshot } from '../support/screenshot';
import { waitFor } from '../support/wait';
import { closeAllEditors, openFile } from '../support/workspace';

const CMD_LINE = 1;

suite('Run Image', () => {
  let api: StudioApi;
  let engine: TestEngine;
  let document: vscode.TextDocument;
  let tag: string;

  suiteSetup(async function () {
    this.timeout(120_000);
    api = await activateStudio();
    engine = await prepareEngine('run');
    tag = engine.tag('hello');
    document = (await openFile('run/Dockerfile', `FROM ${engine.baseImage}\nCMD ["echo", "hello"]\n`)).document;
    const built = await vscode.commands.executeCommand<BuildOutcome | undefined>(
      'dockerfileStudio.buildImage',
      document.uri,
      { tag },
    );
    assert.ok(built?.ok, `the image builds: ${built?.error ?? 'no outcome'}`);
  });
  suiteTeardown(async function () {
    this.timeout(60_000);
    await closeAllEditors();
    await engine?.cleanup();
  });

  function runLens(): Promise<vscode.CodeLens> {
    return waitFor('the Run Image lens', async () => {
      const lenses = await vscode.commands.executeCommand<vscode.CodeLens[]>(
        'vscode.executeCodeLensProvider',
        document.uri,
      );
      return lenses.find(
        (lens) => lens.command?.command === 'dockerfileStudio.runImage' && /Run Image/.test(lens.command.title),
      );
    });
  }

  test('the Run Image lens is on the CMD line and names the image', async () => {
    const lens = await runLens();
    assert.equal(lens.range.start.line, CMD_LINE);
    assert.ok(lens.command?.title.includes(tag), `"${lens.command?.title ?? ''}" names ${tag}`);
  });

  test('running it shows hello in the panel, exits 0, and removes the container', async function () {
    this.timeout(90_000);
    const command = (await runLens()).command;
    assert.ok(command);
    const record = await vscode.commands.executeCommand<RunRecord | undefined>(
      command.command,
      ...((command.arguments ?? []) as unknown[]),
    );
    assert.ok(record, 'the command returned the run');
    assert.equal(record.error, undefined);
    assert.equal(record.exitCode, 0);
    const text = api.outputText();
    const runOutput = text.slice(text.lastIndexOf(tag));
    assert.match(runOutput, /^hello$/m, text);
    assert.match(runOutput, /\b0\b/, 'the panel reports the exit code');
    assert.deepEqual(await containersOf(engine.client, tag), [], 'no container is left behind');
    await vscode.commands.executeCommand('dockerfileStudio.showOutput');
    await vscode.window.showTextDocument(document);
    await screenshot('run');
  });
});
