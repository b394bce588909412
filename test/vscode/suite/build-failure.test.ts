// A failing build as a learner reads it: the steps folded and numbered in the panel, the failed line named with its
// exit code and last output, the same on a diagnostic with the engine's words, the steps before it still annotated,
// the raw log kept; and notes that no longer match the text go away as the user edits.
import * as assert from 'node:assert/strict';
import * as vscode from 'vscode';
import type { BuildOutcome } from '../../../client/extension/build-outcomes';
import type { StudioApi } from '../../../client/extension/test-api';
import { activateStudio } from '../support/extension';
import { prepareEngine, type TestEngine } from '../support/engine';
import { screenshot } from '../support/screenshot';
import { waitFor } from '../support/wait';
import { closeAllEditors, openFile } from '../support/workspace';

const headline = 'Line 3 `RUN echo failing >&2 && exit 3` failed: the command exited with code 3';

suite('A failed build', () => {
  let api: StudioApi;
  let engine: TestEngine;
  let editor: vscode.TextEditor;
  let outcome: BuildOutcome | undefined;
  let panel: string;

  suiteSetup(async function () {
    this.timeout(120_000);
    api = await activateStudio();
    engine = await prepareEngine('failure');
    const text = `FROM ${engine.baseImage}\nRUN echo before\nRUN echo failing >&2 && exit 3\nCMD ["echo", "hi"]\n`;
    editor = await openFile('failure/Dockerfile', text);
    const before = api.outputText().length;
    outcome = await vscode.commands.executeCommand<BuildOutcome>('dockerfileStudio.buildImage', editor.document.uri, {
      tag: engine.tag('failing'),
      noCache: true,
    });
    panel = api.outputText().slice(before);
  });
  suiteTeardown(async function () {
    this.timeout(60_000);
    await closeAllEditors();
    await engine?.cleanup();
  });

  test('the panel shows each step once, numbered, then what failed with its last output', () => {
    assert.equal(outcome?.ok, false);
    const lines = panel.split('\n');
    assert.equal(lines.filter((line) => line.startsWith('Step 2/3: RUN echo before')).length, 1, panel);
    assert.ok(lines.includes('Step 3/3: RUN echo failing >&2 && exit 3'), panel);
    const failed = lines.indexOf(headline);
    assert.ok(failed > 0, panel);
    assert.deepEqual(lines.slice(failed + 1, failed + 3), ['Its last lines of output:', '    failing'], panel);
    assert.doesNotMatch(panel, /^#\d+ /m, 'no BuildKit #n lines in the panel');
  });

  test('the raw build log keeps the engine lines', () => {
    assert.match(api.rawBuildLog(), /^#\d+ \[2\/3\] RUN echo before$/m);
  });

  test('the failed line carries the same text, with the engine message under it', async () => {
    const diagnostic = await waitFor('the build diagnostic', () =>
      vscode.languages.getDiagnostics(editor.document.uri).find((d) => d.source === 'Dockerfile Studio build'),
    );
    assert.equal(diagnostic.range.start.line, 2);
    const [first, ...rest] = diagnostic.message.split('\n');
    assert.equal(first, headline);
    assert.ok(rest.includes('    failing'), diagnostic.message);
    assert.match(rest.at(-1) ?? '', /^The engine said: .*exit code: 3/);
  });

  test('the steps that succeeded keep their annotations', async () => {
    const lines = api.layerAnnotations(editor.document.uri).map((note) => note.line);
    assert.deepEqual(lines.sort(), [0, 1]);
    await vscode.commands.executeCommand('dockerfileStudio.showOutput');
    await vscode.window.showTextDocument(editor.document, { preserveFocus: false });
    await vscode.commands.executeCommand('editor.action.marker.next');
    await screenshot('build-failure');
  });

  test('editing a line clears its notes; the others stay', async () => {
    await editor.edit((edit) => edit.insert(new vscode.Position(1, 'RUN echo before'.length), ' again'));
    await waitFor('the annotation of the edited line gone', () =>
      api.layerAnnotations(editor.document.uri).some((note) => note.line === 1) ? undefined : true,
    );
    assert.deepEqual(
      api.layerAnnotations(editor.document.uri).map((note) => note.line),
      [0],
    );
    await editor.edit((edit) =>
      edit.replace(new vscode.Range(2, 0, 2, editor.document.lineAt(2).text.length), 'RUN true'),
    );
    await waitFor('the build diagnostic gone', () =>
      vscode.languages.getDiagnostics(editor.document.uri).some((d) => d.source === 'Dockerfile Studio build')
        ? undefined
        : true,
    );
  });
});
