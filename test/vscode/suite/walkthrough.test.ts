// The walkthrough, walked as a learner would, with the real engine: each step turns complete in the workbench when
// the learner has really done it. There is no registry here, so the learner's `FROM alpine` becomes the suite's own
// base image, as a learner without internet would use an image they have.
import * as assert from 'node:assert/strict';
import * as vscode from 'vscode';
import type { RunRecord } from '../../../client/extension/active-runs';
import type { BuildOutcome } from '../../../client/extension/build-outcomes';
import type { StudioApi } from '../../../client/extension/test-api';
import type { Milestone } from '../../../client/extension/walkthrough/milestone-keys';
import { waitForDiagnostic } from '../support/diagnostics';
import { prepareEngine, type TestEngine } from '../support/engine';
import { activateStudio, EXTENSION_ID } from '../support/extension';
import { queryPage } from '../support/page';
import { screenshot } from '../support/screenshot';
import { waitFor } from '../support/wait';
import { closeAllEditors } from '../support/workspace';

const WALKTHROUGH = `${EXTENSION_ID}#learnDocker`;
const korean = vscode.env.language.startsWith('ko');

/** The step titles as the workbench shows them, in the display language. */
const titles = korean
  ? [
      'Dockerfile 작성하기',
      'CMD를 두 번 쓰면 어떻게 될까요',
      '이미지를 빌드하고 ID 찾기',
      '중간 레이어 살펴보기',
      '이름을 붙여 빌드하기: id/repo:version',
      '실행해서 hello 보기',
    ]
  : [
      'Write a Dockerfile',
      'See what a second CMD does',
      'Build the image and find its ID',
      'See the intermediate layers',
      'Build with a name: id/repo:version',
      'Run it and see hello',
    ];

suite(`Walkthrough (${korean ? 'Korean' : 'English'})`, () => {
  let api: StudioApi;
  let engine: TestEngine;
  let dockerfile: vscode.Uri;

  suiteSetup(async function () {
    this.timeout(120_000);
    api = await activateStudio();
    await api.languageClientReady;
    engine = await prepareEngine(`learn-${korean ? 'ko' : 'en'}`);
    await vscode.commands.executeCommand('workbench.action.openWalkthrough', WALKTHROUGH, false);
  });
  suiteTeardown(async function () {
    this.timeout(60_000);
    await closeAllEditors();
    await engine?.cleanup();
  });

  /** The step is not done before the learner does it (this pass starts fresh: nothing else ran before). */
  function notYet(milestone: Milestone): void {
    assert.ok(!api.milestones().includes(milestone), `${milestone} is not reached before its step`);
  }

  /** Waits until the extension says the milestone is reached, then until the workbench shows the step done. */
  async function completes(milestone: Milestone, step: number): Promise<void> {
    await waitFor(`the milestone ${milestone}`, () => (api.milestones().includes(milestone) ? true : undefined), {
      describe: () => api.milestones(),
    });
    await vscode.commands.executeCommand('workbench.action.openWalkthrough', WALKTHROUGH, false);
    const title = titles[step] ?? '';
    let seen: unknown;
    await waitFor(
      `"${title}" shown as done`,
      async () => {
        const name = `walkthrough-step-${step + 1}`;
        const steps = await queryPage(name, '.getting-started-step');
        const boxes = await queryPage(`${name}-box`, '.getting-started-step .codicon[class*="getting-started-step-"]');
        if (!steps || !boxes) return true; // no runner to ask: the milestone is what we can check
        seen = steps.map((s, i) => `${boxes[i]?.classes ?? '?'} | ${s.text.slice(0, 50)}`);
        const index = steps.findIndex((element) => element.text.includes(title));
        return index >= 0 && /\bcomplete\b/.test(boxes[index]?.classes ?? '') ? true : undefined;
      },
      { describe: () => seen },
    );
  }

  test("1. the button writes the seed's Dockerfile", async () => {
    notYet('wroteDockerfile');
    dockerfile = (await vscode.commands.executeCommand<vscode.Uri | undefined>(
      'dockerfileStudio.learn.createDockerfile',
    )) as vscode.Uri;
    assert.ok(dockerfile, 'the command returned the Dockerfile');
    const text = (await vscode.workspace.openTextDocument(dockerfile)).getText();
    assert.match(text, /^FROM alpine\nRUN .+\nCMD \["echo", "hello"\]\n$/);
    // No registry here: build on the suite's own image, as a learner offline would.
    const offline = text.replace('FROM alpine', `FROM ${engine.baseImage}`);
    await vscode.workspace.fs.writeFile(dockerfile, new TextEncoder().encode(offline));
    await completes('wroteDockerfile', 0);
  });

  test('2. a second CMD is reported, and its quick fix removes it', async function () {
    this.timeout(60_000);
    notYet('fixedSecondCmd');
    const document = await vscode.workspace.openTextDocument(dockerfile);
    await vscode.window.showTextDocument(document);
    assert.equal(await vscode.commands.executeCommand('dockerfileStudio.learn.addSecondCmd'), true);
    const warning = await waitForDiagnostic(dockerfile, 'MultipleInstructionsDisallowed', 2);
    const actions = await vscode.commands.executeCommand<vscode.CodeAction[]>(
      'vscode.executeCodeActionProvider',
      dockerfile,
      warning.range,
    );
    const removesLine = (action: vscode.CodeAction): boolean =>
      action.edit
        ?.entries()
        .some(([, edits]) => edits.some((e) => e.newText === '' && e.range.contains(warning.range))) ?? false;
    const fix = actions.find(removesLine);
    assert.ok(fix?.edit, `a quick fix for the warning: ${actions.map((a) => a.title).join(', ')}`);
    await vscode.workspace.applyEdit(fix.edit);
    await completes('fixedSecondCmd', 1);
    assert.match(document.getText(), /CMD \["echo", "hello"\]\n$/);
    assert.doesNotMatch(document.getText(), /bye/);
    await document.save();
  });

  test('3. a build gives the image ID', async function () {
    this.timeout(120_000);
    notYet('built');
    const outcome = await vscode.commands.executeCommand<BuildOutcome>('dockerfileStudio.buildImage', dockerfile, {
      tag: '',
    });
    assert.ok(outcome?.ok, outcome?.error);
    engine.resources.trackImage(outcome.imageId ?? '');
    assert.ok(api.outputText().includes(outcome.imageId ?? '?'), 'the panel shows the image ID');
    await completes('built', 2);
  });

  test('4. expanding the image in the Images view shows its layers', async () => {
    notYet('sawLayers');
    const built = api.lastBuild(dockerfile)?.imageId;
    const roots = await api.views.images.children();
    const dangling = roots.find((node) => node.kind === 'dangling');
    assert.ok(dangling, 'the untagged image is among the dangling images');
    const image = (await api.views.images.children(dangling)).find(
      (node) => node.kind === 'image' && node.image.id === built,
    );
    assert.ok(image, 'the image just built is listed');
    const layers = await api.views.images.children(image);
    assert.ok(
      layers.some((node) => node.kind === 'layer' && node.layer.line === 1),
      'the RUN line made a layer',
    );
    await completes('sawLayers', 3);
  });

  test('5. a build with a tag id/repo:version', async function () {
    this.timeout(120_000);
    notYet('builtTagged');
    const tag = engine.tag('hello');
    const outcome = await vscode.commands.executeCommand<BuildOutcome>('dockerfileStudio.buildImage', dockerfile, {
      tag,
    });
    assert.deepEqual(outcome?.tags, [tag]);
    await completes('builtTagged', 4);
  });

  test('6. running it prints hello', async function () {
    this.timeout(90_000);
    notYet('ranWithOutput');
    const record = await vscode.commands.executeCommand<RunRecord>('dockerfileStudio.runImage', dockerfile, {});
    assert.equal(record?.exitCode, 0, record?.error);
    assert.match(api.outputText(), /^hello$/m);
    await completes('ranWithOutput', 5);
    await vscode.commands.executeCommand('workbench.action.openWalkthrough', WALKTHROUGH, false);
    await screenshot(`walkthrough-${korean ? 'ko' : 'en'}`);
  });
});
