// The Images and Containers views against real engines: a fresh build's layers, each opening its Dockerfile line; the
// image actions; our runs' containers; the "no engine" guidance. On Docker (the default engine), then on Podman by
// pointing the extension at it, when the machine has one.
import * as assert from 'node:assert/strict';
import * as vscode from 'vscode';
import type { RunRecord } from '../../../client/extension/active-runs';
import type { BuildOutcome } from '../../../client/extension/build-outcomes';
import type { ContainerNode, ImageNode } from '../../../client/extension/images/view-nodes';
import type { StudioApi } from '../../../client/extension/test-api';
import { expectedEngines, engineUnavailableReason, testRunId } from '../../support/engines';
import { imageId, prepareEngine, type TestEngine } from '../support/engine';
import { activateStudio } from '../support/extension';
import { screenshot } from '../support/screenshot';
import { waitFor } from '../support/wait';
import { closeAllEditors, openFile } from '../support/workspace';

type Layer = Extract<ImageNode, { kind: 'layer' }>;
type Image = Extract<ImageNode, { kind: 'image' }>;

/** FROM, then four instructions of the final stage: lines 1–4 make a layer each, FROM brings the base's. */
const dockerfile = (base: string, nonce: string): string =>
  `FROM ${base}\nARG X=1\nRUN echo ${nonce} > /a.txt\nENV Y=2\nCMD ["echo", "hello"]\n`;

/** Answers the next modal question with `answer` (undefined: the user closed it) and returns the question. */
function answerNextQuestion(answer: string | undefined): { asked: () => string | undefined } {
  const window = vscode.window as { showWarningMessage: unknown };
  const original = window.showWarningMessage;
  let question: string | undefined;
  window.showWarningMessage = (message: string, ...rest: unknown[]) => {
    question = message;
    window.showWarningMessage = original;
    const modal = rest[0] as { modal?: boolean } | undefined;
    assert.ok(modal?.modal, 'a removal asks in a modal dialog');
    return Promise.resolve(answer);
  };
  return { asked: () => question };
}

/** Catches the next error notification's text. */
function catchNextError(): { text: () => string | undefined } {
  const window = vscode.window as { showErrorMessage: unknown };
  const original = window.showErrorMessage;
  let text: string | undefined;
  window.showErrorMessage = (message: string) => {
    text = message;
    window.showErrorMessage = original;
    return Promise.resolve(undefined);
  };
  return { text: () => text };
}

async function findImage(api: StudioApi, reference: string): Promise<Image> {
  return waitFor(`${reference} in the Images view`, async () => {
    for (const root of await api.views.images.children()) {
      if (root.kind !== 'repository') continue;
      const found = (await api.views.images.children(root)).find(
        // Podman names local images docker.io/… or localhost/….
        (node): node is Image => node.kind === 'image' && node.reference.endsWith(reference),
      );
      if (found) return found;
    }
    return undefined;
  });
}

function checkLinkedLayers(api: StudioApi, layers: ImageNode[], file: vscode.Uri): void {
  const linked = layers.filter((node): node is Layer => node.kind === 'layer');
  const lines = linked.map((node) => node.layer.line);
  assert.deepEqual(lines.slice(0, 4), [4, 3, 2, 1], `the build's layers, newest first: ${JSON.stringify(lines)}`);
  assert.ok(
    lines.slice(4).every((line) => line === 0),
    'the base image layers link to FROM',
  );
  for (const node of linked) {
    const command = api.views.images.item(node).command;
    assert.equal(command?.command, 'vscode.open', `${node.layer.instruction} opens the Dockerfile`);
    assert.equal((command?.arguments?.[0] as vscode.Uri).toString(), file.toString());
    const selection = (command?.arguments?.[1] as { selection: vscode.Range }).selection;
    assert.equal(selection.start.line, node.layer.line);
  }
}

for (const engineName of ['docker', 'podman'] as const) {
  const podman = expectedEngines().find((engine) => engine.name === 'podman');
  const skip = engineName === 'podman' ? (podman ? engineUnavailableReason(podman) : 'no Podman host') : undefined;
  (skip ? suite.skip : suite)(`Images view [${engineName}]${skip ? ` (${skip})` : ''}`, () => {
    let api: StudioApi;
    let engine: TestEngine;
    let file: vscode.Uri;
    let outcome: BuildOutcome | undefined;
    const settings = (): vscode.WorkspaceConfiguration => vscode.workspace.getConfiguration('dockerfileStudio');

    suiteSetup(async function () {
      this.timeout(180_000);
      api = await activateStudio();
      if (engineName === 'podman' && podman) {
        engine = await prepareEngine('images-podman', podman.host);
        await settings().update('engine.host', podman.host, vscode.ConfigurationTarget.Global);
        await waitFor('Podman to answer', () => (api.engineState().kind === 'ready' ? true : undefined));
      } else engine = await prepareEngine('images');
      file = (
        await openFile(`images-${engineName}/Dockerfile`, dockerfile(engine.baseImage, `${engineName}-${testRunId}`))
      ).document.uri;
      outcome = await vscode.commands.executeCommand<BuildOutcome>('dockerfileStudio.buildImage', file, {
        tag: engine.tag('layers'),
        noCache: true,
      });
      assert.ok(outcome?.ok, outcome?.error);
    });
    suiteTeardown(async function () {
      this.timeout(60_000);
      await closeAllEditors();
      if (engineName === 'podman') await settings().update('engine.host', undefined, vscode.ConfigurationTarget.Global);
      await engine?.cleanup();
    });

    test("a fresh build's layers are listed, each linked to its Dockerfile line", async () => {
      const image = await findImage(api, engine.tag('layers'));
      assert.equal(image.image.id, outcome?.imageId);
      const layers = await api.views.images.children(image);
      checkLinkedLayers(api, layers, file);
      const run = layers.find((node): node is Layer => node.kind === 'layer' && node.layer.line === 2);
      assert.ok(run?.layer.instruction.startsWith('RUN echo'), run?.layer.instruction);
      assert.ok(run);
      const item = api.views.images.item(run);
      assert.match(String(item.description), /line 3|3번째 줄/);
      await vscode.commands.executeCommand('dockerfileStudio.images.focus');
      await screenshot(`images-${engineName}`);
    });

    test('clicking a layer opens the Dockerfile at its line', async () => {
      const layers = await api.views.images.children(await findImage(api, engine.tag('layers')));
      const env = layers.find((node): node is Layer => node.kind === 'layer' && node.layer.line === 3);
      assert.ok(env);
      const command = api.views.images.item(env).command;
      assert.ok(command);
      await closeAllEditors();
      await vscode.commands.executeCommand(command.command, ...((command.arguments ?? []) as unknown[]));
      const editor = await waitFor('the Dockerfile editor', () => vscode.window.activeTextEditor);
      assert.equal(editor.document.uri.toString(), file.toString());
      assert.equal(editor.selection.start.line, 3);
    });

    test('with the classic builder, the hover shows the intermediate image and the temporary container', async function () {
      this.timeout(120_000);
      await settings().update('builder', 'classic', vscode.ConfigurationTarget.Global);
      try {
        const classic = await vscode.commands.executeCommand<BuildOutcome>('dockerfileStudio.buildImage', file, {
          tag: engine.tag('classic'),
          noCache: true,
        });
        assert.ok(classic?.ok, classic?.error);
        const layers = await api.views.images.children(await findImage(api, engine.tag('classic')));
        checkLinkedLayers(api, layers, file);
        const run = layers.find((node): node is Layer => node.kind === 'layer' && node.layer.line === 2);
        assert.ok(run);
        const hover = (api.views.images.item(run).tooltip as vscode.MarkdownString).value;
        assert.match(hover, new RegExp(`\`${run.layer.source?.imageId ?? 'no intermediate image'}`), hover);
        if (engineName === 'docker') assert.match(hover, /`[0-9a-f]{12}`[^`]*(temporary|임시)/, hover);
      } finally {
        await settings().update('builder', undefined, vscode.ConfigurationTarget.Global);
      }
    });

    test('Copy ID, Inspect and Run act on the image', async function () {
      this.timeout(90_000);
      const image = await findImage(api, engine.tag('layers'));
      await vscode.commands.executeCommand('dockerfileStudio.images.copyId', image);
      assert.equal(await vscode.env.clipboard.readText(), image.image.id);
      const inspected = await vscode.commands.executeCommand<vscode.TextDocument>(
        'dockerfileStudio.images.inspect',
        image,
      );
      assert.equal((JSON.parse(inspected.getText()) as { Id: string }).Id, image.image.id);
      if (engineName === 'podman') return; // runs need ulimits here (docs/engine-facts.md); the run suites cover them
      const record = await vscode.commands.executeCommand<RunRecord>('dockerfileStudio.images.run', image);
      assert.equal(record?.exitCode, 0, record?.error);
      assert.match(api.outputText(), /^hello$/m);
    });

    test('Run Interactive runs the image in a terminal', async function () {
      if (engineName === 'podman') this.skip(); // needs ulimits here, see above
      this.timeout(60_000);
      const before = api.runs().length;
      const image = await findImage(api, engine.tag('layers'));
      const terminal = await vscode.commands.executeCommand<vscode.Terminal>(
        'dockerfileStudio.images.runInteractive',
        image,
      );
      assert.ok(terminal, 'a terminal opened');
      const record = await waitFor('the interactive run to end', () =>
        api
          .runs()
          .slice(before)
          .find((run) => run.interactive),
      );
      assert.equal(record.exitCode, 0, record.error);
      terminal.dispose();
    });

    test('Stop, in the Containers view, stops a running container', async function () {
      if (engineName === 'podman') this.skip();
      this.timeout(90_000);
      const running = vscode.commands.executeCommand<RunRecord>('dockerfileStudio.runImage', file, {
        command: ['sleep', '60'],
        keep: true,
      });
      let seen: unknown;
      const container = await waitFor(
        'the running container in the Containers view',
        async () => {
          const nodes = await api.views.containers.children();
          seen = { nodes, runs: api.runs().slice(-2), output: api.outputText().slice(-500) };
          return nodes.find(
            (node): node is Extract<ContainerNode, { kind: 'container' }> =>
              node.kind === 'container' && node.container.state === 'running',
          );
        },
        { describe: () => seen },
      );
      assert.equal(api.views.containers.item(container).contextValue, 'container.running', 'Stop is offered');
      assert.equal(await vscode.commands.executeCommand('dockerfileStudio.containers.stop', container), true);
      const record = await running;
      engine.resources.trackContainer(record.containerId ?? container.container.id);
      assert.equal(record.containerId, container.container.id);
      assert.notEqual(record.exitCode, 0, 'sleep was stopped, not finished');
      await waitFor('the container shown as stopped', async () =>
        (await api.views.containers.children()).some(
          (node) =>
            node.kind === 'container' &&
            node.container.id === container.container.id &&
            node.container.state === 'exited',
        )
          ? true
          : undefined,
      );
      answerNextQuestion('Remove');
      assert.equal(await vscode.commands.executeCommand('dockerfileStudio.containers.remove', container), true);
    });

    test('Remove asks first, refuses an image a container uses, and removes it once the container is gone', async function () {
      if (engineName === 'podman') this.skip(); // needs a kept run, see above
      this.timeout(120_000);
      const image = await findImage(api, engine.tag('layers'));
      const declined = answerNextQuestion(undefined);
      assert.equal(await vscode.commands.executeCommand('dockerfileStudio.images.remove', image), false);
      assert.ok(declined.asked()?.includes(image.reference), declined.asked());
      assert.ok(await imageId(engine.client, image.reference), 'declined: the image is still there');

      // A plain run removes its container; keep one the way "Run with Options…" does.
      const record = await vscode.commands.executeCommand<RunRecord>('dockerfileStudio.runImage', file, { keep: true });
      assert.ok(record?.containerId, record?.error);
      engine.resources.trackContainer(record.containerId);
      const container = await waitFor('the kept container in the Containers view', async () =>
        (await api.views.containers.children()).find(
          (node): node is Extract<ContainerNode, { kind: 'container' }> =>
            node.kind === 'container' && node.container.id === record.containerId,
        ),
      );
      const output = await vscode.commands.executeCommand<vscode.TextDocument>(
        'dockerfileStudio.containers.showOutput',
        container,
      );
      assert.equal(output.getText(), 'hello\n');

      // Run Image runs the Dockerfile's last build: the classic one.
      const usedBy = await findImage(api, engine.tag('classic'));
      assert.equal(usedBy.image.id, api.lastBuild(file)?.imageId);
      const error = catchNextError();
      answerNextQuestion('Remove');
      assert.equal(await vscode.commands.executeCommand('dockerfileStudio.images.remove', usedBy), false);
      assert.match(error.text() ?? '', new RegExp(record.containerId.slice(0, 12)), error.text());

      answerNextQuestion('Remove');
      assert.equal(await vscode.commands.executeCommand('dockerfileStudio.containers.remove', container), true);
      answerNextQuestion('Remove');
      assert.equal(await vscode.commands.executeCommand('dockerfileStudio.images.remove', usedBy), true);
      assert.equal(await imageId(engine.client, usedBy.reference), undefined, 'the image is gone');
    });

    test('Remove Dangling Images asks first, and removes nothing when declined', async () => {
      const roots = await api.views.images.children();
      const dangling = roots.find((node) => node.kind === 'dangling');
      const question = answerNextQuestion(undefined);
      const removed = await vscode.commands.executeCommand<number>('dockerfileStudio.images.removeDangling', dangling);
      assert.equal(removed, 0);
      if (dangling?.kind === 'dangling') {
        assert.match(question.asked() ?? '', new RegExp(`\\b${dangling.images.length}\\b`), question.asked());
        assert.ok(await imageId(engine.client, dangling.images[0]?.id ?? ''), 'still there');
      }
    });

    test("without an engine, both views show the status item's guidance", async function () {
      this.timeout(60_000);
      const previous = settings().get<string>('engine.host');
      await settings().update('engine.host', 'unix:///nonexistent/docker.sock', vscode.ConfigurationTarget.Global);
      try {
        await waitFor('the engine to be unreachable', () =>
          api.engineState().kind === 'unreachable' ? true : undefined,
        );
        const guidance = [
          (await api.views.images.children()).map((node) => api.views.images.item(node)),
          (await api.views.containers.children()).map((node) => api.views.containers.item(node)),
        ];
        for (const items of guidance) {
          assert.equal(items[0]?.label, api.statusText().replace(/^\$\([\w-]+\) /, ''));
          assert.deepEqual(
            items.slice(1).map((item) => item.command?.command),
            ['dockerfileStudio.howToFixEngine', 'dockerfileStudio.checkEngine'],
          );
        }
      } finally {
        await settings().update('engine.host', previous || undefined, vscode.ConfigurationTarget.Global);
      }
      await waitFor('the engine to be back', () => (api.engineState().kind === 'ready' ? true : undefined));
    });
  });
}

test('the Images view shows in a trusted workspace of a desktop or remote VS Code', async () => {
  const api = await activateStudio();
  await vscode.commands.executeCommand('dockerfileStudio.images.focus');
  await waitFor('the Images view on screen', () => (api.views.images.visible() ? true : undefined));
});
