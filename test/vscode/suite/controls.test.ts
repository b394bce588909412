// Turning rules off as a user would: the suppression comment typed above an instruction, the "ignore this rule here"
// and WORKDIR quick fixes taken from the light bulb, the project's .dockerfile-studio.json, and the docs link.
import * as assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as vscode from 'vscode';
import { activateStudio } from '../support/extension';
import { summary, waitForDiagnostic, waitForNoDiagnostic } from '../support/diagnostics';
import { waitFor } from '../support/wait';
import { closeAllEditors, openFile, workspaceUri } from '../support/workspace';

const SHELL_CMD = 'FROM alpine\nCMD echo hello\n';

async function quickFixes(uri: vscode.Uri, range: vscode.Range): Promise<vscode.CodeAction[]> {
  const actions = await vscode.commands.executeCommand<vscode.CodeAction[]>(
    'vscode.executeCodeActionProvider',
    uri,
    range,
  );
  return actions.filter((action) => action.kind?.value === 'quickfix');
}

suite('Rule controls', () => {
  suiteSetup(async () => {
    await (
      await activateStudio()
    ).languageClientReady;
  });
  teardown(closeAllEditors);

  test('a "# dockerfile-studio ignore=" comment typed above the instruction turns the rule off there', async () => {
    const { document } = await openFile('controls/typed/Dockerfile', SHELL_CMD);
    await waitForDiagnostic(document.uri, 'JSONArgsRecommended', 1);
    const edit = new vscode.WorkspaceEdit();
    edit.insert(document.uri, new vscode.Position(1, 0), '# dockerfile-studio ignore=JSONArgsRecommended\n');
    assert.ok(await vscode.workspace.applyEdit(edit));
    await waitForNoDiagnostic(document.uri, 'JSONArgsRecommended');
    const typo = new vscode.WorkspaceEdit();
    typo.replace(document.uri, new vscode.Range(1, 27, 1, 46), 'JSONArgsRecomended');
    assert.ok(await vscode.workspace.applyEdit(typo));
    await waitForDiagnostic(document.uri, 'InvalidIgnoreComment', 1);
    await waitForDiagnostic(document.uri, 'JSONArgsRecommended', 2);
  });

  test('the "ignore this rule here" quick fix writes the check comment, and the warning goes', async () => {
    const { document } = await openFile('controls/quick-fix/Dockerfile', SHELL_CMD);
    const diagnostic = await waitForDiagnostic(document.uri, 'JSONArgsRecommended', 1);
    const actions = await quickFixes(document.uri, diagnostic.range);
    const ignore = actions.find((action) => action.title.startsWith('Ignore JSONArgsRecommended here'));
    assert.ok(ignore?.edit, `an "ignore here" fix: ${actions.map((a) => a.title).join(', ')}`);
    assert.ok(await vscode.workspace.applyEdit(ignore.edit));
    assert.equal(document.getText(), 'FROM alpine\n# check=skip=JSONArgsRecommended\nCMD echo hello\n');
    await waitForNoDiagnostic(document.uri, 'JSONArgsRecommended');
  });

  test('the WORKDIR quick fix keeps the quotes: "app" becomes "/app"', async () => {
    const { document } = await openFile('controls/workdir/Dockerfile', 'FROM alpine\nWORKDIR "app"\n');
    const diagnostic = await waitForDiagnostic(document.uri, 'WorkdirRelativePath', 1);
    const fix = (await quickFixes(document.uri, diagnostic.range)).find((action) => action.isPreferred);
    assert.ok(fix?.edit, 'a preferred fix');
    assert.ok(await vscode.workspace.applyEdit(fix.edit));
    assert.equal(document.lineAt(1).text, 'WORKDIR "/app"');
    await waitForNoDiagnostic(document.uri, 'WorkdirRelativePath');
  });

  test('an empty Dockerfile gets the missing-FROM error, and its quick fix adds FROM', async () => {
    const { document } = await openFile('controls/empty/Dockerfile', '');
    const diagnostic = await waitForDiagnostic(document.uri, 'NoFromInstruction', 0);
    const fix = (await quickFixes(document.uri, diagnostic.range)).find((action) => action.isPreferred);
    assert.ok(fix?.edit, 'a preferred fix');
    assert.ok(await vscode.workspace.applyEdit(fix.edit));
    assert.equal(document.getText(), 'FROM alpine\n');
    await waitForNoDiagnostic(document.uri, 'NoFromInstruction');
  });

  test("the project's .dockerfile-studio.json sets a rule's severity", async () => {
    fs.mkdirSync(workspaceUri('controls/config').fsPath, { recursive: true });
    fs.writeFileSync(
      workspaceUri('controls/config/.dockerfile-studio.json').fsPath,
      '{ "rules": { "JSONArgsRecommended": "error" } }',
    );
    const { document } = await openFile('controls/config/Dockerfile', SHELL_CMD);
    const diagnostic = await waitForDiagnostic(document.uri, 'JSONArgsRecommended', 1);
    assert.equal(diagnostic.severity, vscode.DiagnosticSeverity.Error, summary(document.uri).join('; '));
  });

  test("docs links: BuildKit checks open Docker's page, ours the shipped reference in the Markdown preview", async () => {
    const { document } = await openFile('controls/links/Dockerfile', 'FROM alpine\nRUNN echo\nCMD echo hi\n');
    const ours = await waitForDiagnostic(document.uri, 'UnknownInstruction', 1);
    const buildKit = await waitForDiagnostic(document.uri, 'JSONArgsRecommended', 2);
    assert.equal(
      typeof buildKit.code === 'object' && buildKit.code.target.toString(),
      'https://docs.docker.com/reference/build-checks/json-args-recommended/',
    );
    const target = typeof ours.code === 'object' ? ours.code.target : undefined;
    assert.equal(target?.scheme, 'command');
    assert.equal(target?.path, 'dockerfileStudio.openRuleDocs');
    const args = JSON.parse(decodeURIComponent(target?.query ?? '[]')) as string[];
    assert.deepEqual(args, ['UnknownInstruction']);
    await vscode.commands.executeCommand('dockerfileStudio.openRuleDocs', ...args);
    const labels = (): string[] => vscode.window.tabGroups.all.flatMap((group) => group.tabs.map((tab) => tab.label));
    await waitFor('the Markdown preview of rules.md', () => labels().find((label) => /rules\.md/.test(label)), {
      describe: labels,
    });
  });
});
