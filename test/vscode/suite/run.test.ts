// Run Image: the lens sits on the CMD line, and running it prints the container's output, exits 0, leaves nothing.
// Run with Options… asks, as a user answers in its prompts, and keeps its options to itself: a plain Run uses CMD.
import * as assert from 'node:assert/strict';
import * as vscode from 'vscode';
import type { RunRecord } from '../../../client/extension/active-runs';
import type { BuildOutcome } from '../../../client/extension/build-outcomes';
import type { StudioApi } from '../../../client/extension/test-api';
import { extensionMessages } from '../../../client/extension/messages';
import { activateStudio } from '../support/extension';
import { containersOf, prepareEngine, type TestEngine } from '../support/engine';
import { inputOnPage, queryPage, waitForPageText } from '../support/page';
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

  /** Runs the lens's command as a click does. */
  async function clickRunLens(): Promise<RunRecord | undefined> {
    const command = (await runLens()).command;
    assert.ok(command);
    return vscode.commands.executeCommand<RunRecord | undefined>(
      command.command,
      ...((command.arguments ?? []) as unknown[]),
    );
  }

  /** The panel's text from the last run's header on. */
  function lastRunOutput(): string {
    const text = api.outputText();
    return text.slice(text.lastIndexOf(`${extensionMessages.en.run} ${tag}`));
  }

  /** Waits for the prompt titled `title`, then answers it with keys (select all, type, Enter). */
  async function answer(title: string, keys: string | undefined): Promise<void> {
    await waitForPageText(
      `prompt-${title.replace(/\W+/g, '-').toLowerCase()}`,
      '.quick-input-widget .quick-input-title',
      new RegExp(`^${title}$`),
    );
    const typing = keys === undefined ? [] : [{ press: 'Control+A' }, { type: keys }];
    await inputOnPage(`answer-${title.replace(/\W+/g, '-').toLowerCase()}`, [...typing, { press: 'Enter' }]);
  }

  test('Run with Options… runs the command typed in its prompt; a plain Run still runs CMD', async function () {
    this.timeout(120_000);
    const messages = extensionMessages.en;
    const running = vscode.commands.executeCommand<RunRecord | undefined>(
      'dockerfileStudio.runImageWithOptions',
      document.uri,
    );
    await answer(messages.runCommandTitle, 'echo "from options"');
    for (const title of [messages.runEnvTitle, messages.runPortsTitle, messages.runVolumesTitle])
      await answer(title, undefined);
    for (const title of [messages.runNetworkTitle, messages.runKeepTitle]) await answer(title, undefined);
    const withOptions = await running;
    assert.equal(withOptions?.exitCode, 0, withOptions?.error);
    let output = lastRunOutput();
    assert.match(output, /^from options$/m, output);
    const header = output.split('\n')[0] ?? '';
    assert.ok(header.startsWith(`Run ${tag} — command: echo 'from options', `), header);
    assert.match(header, /, --rm\b/, header);

    const plain = await clickRunLens();
    assert.equal(plain?.exitCode, 0, plain?.error);
    output = lastRunOutput();
    assert.match(output, /^hello$/m, output);
    assert.doesNotMatch(output, /from options|command:/, 'the plain Run left the remembered command alone');

    // The DOM renderer puts the terminal's text in the page, where the test can read it.
    await vscode.workspace.getConfiguration('terminal.integrated').update('gpuAcceleration', 'off', true);
    const terminal = await vscode.commands.executeCommand<vscode.Terminal>(
      'dockerfileStudio.runInteractive',
      document.uri,
    );
    const shown = await waitForPageText('interactive', '.xterm-rows', 'hello');
    assert.doesNotMatch(shown, /from options/, 'Run Interactive runs CMD too');
    terminal.dispose();

    const again = vscode.commands.executeCommand('dockerfileStudio.runImageWithOptions', document.uri);
    await waitForPageText(
      'prompt-again',
      '.quick-input-widget .quick-input-title',
      new RegExp(`^${messages.runCommandTitle}$`),
    );
    const [input] = (await queryPage('prompt-again-input', '.quick-input-widget .quick-input-box input')) ?? [];
    assert.equal(input?.value, "echo 'from options'", 'Run with Options… is pre-filled with its last command');
    await inputOnPage('prompt-again-cancel', [{ press: 'Escape' }]);
    assert.equal(await again, undefined);
  });
});
