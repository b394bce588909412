// Diagnostics: what the language server reports, how it follows edits, and how a quick fix repairs the file.
import * as assert from 'node:assert/strict';
import * as vscode from 'vscode';
import { activateStudio } from '../support/extension';
import { summary, waitForDiagnostic, waitForNoDiagnostic } from '../support/diagnostics';
import { screenshot } from '../support/screenshot';
import { closeAllEditors, openFile } from '../support/workspace';

/** The tutorial's Dockerfile, with its CMD written twice: only the last one counts. */
const SEED_TWO_CMDS = 'FROM alpine\nRUN command\nCMD ["echo", "hello"]\nCMD echo hello\n';

suite('Diagnostics', () => {
  suiteSetup(async () => {
    await (
      await activateStudio()
    ).languageClientReady;
  });
  teardown(closeAllEditors);

  test('the first of two CMDs gets MultipleInstructionsDisallowed', async () => {
    const { document } = await openFile('diagnostics/two-cmds/Dockerfile', SEED_TWO_CMDS);
    const diagnostic = await waitForDiagnostic(document.uri, 'MultipleInstructionsDisallowed');
    assert.equal(diagnostic.range.start.line, 2, `on the first CMD: ${summary(document.uri).join('; ')}`);
    assert.equal(diagnostic.severity, vscode.DiagnosticSeverity.Warning);
    assert.match(diagnostic.message, /line 4/, 'the message says which CMD wins');
    await vscode.commands.executeCommand('workbench.actions.view.problems');
    await screenshot('diagnostics');
  });

  test('a file that starts with RUN gets the missing-FROM error', async () => {
    const { document } = await openFile('diagnostics/no-from/Dockerfile', 'RUN echo hello\n');
    const diagnostic = await waitForDiagnostic(document.uri, 'NoFromInstruction', 0);
    assert.equal(diagnostic.severity, vscode.DiagnosticSeverity.Error);
    assert.match(diagnostic.message, /FROM/);
  });

  test('diagnostics follow an edit made through a WorkspaceEdit', async () => {
    const { document } = await openFile('diagnostics/edited/Dockerfile', 'RUN echo hello\n');
    await waitForDiagnostic(document.uri, 'NoFromInstruction');
    const edit = new vscode.WorkspaceEdit();
    edit.insert(document.uri, new vscode.Position(0, 0), 'FROM busybox\n');
    assert.ok(await vscode.workspace.applyEdit(edit), 'the edit applies');
    await waitForNoDiagnostic(document.uri, 'NoFromInstruction');
    const again = new vscode.WorkspaceEdit();
    again.insert(document.uri, new vscode.Position(document.lineCount - 1, 0), 'CMD ["a"]\nCMD ["b"]\n');
    assert.ok(await vscode.workspace.applyEdit(again));
    const diagnostic = await waitForDiagnostic(document.uri, 'MultipleInstructionsDisallowed');
    assert.equal(document.lineAt(diagnostic.range.start.line).text, 'CMD ["a"]');
  });

  test('the quick fix from executeCodeActionProvider removes the extra CMD', async () => {
    const { document } = await openFile('diagnostics/fixed/Dockerfile', SEED_TWO_CMDS);
    const diagnostic = await waitForDiagnostic(document.uri, 'MultipleInstructionsDisallowed', 2);
    const actions = await vscode.commands.executeCommand<vscode.CodeAction[]>(
      'vscode.executeCodeActionProvider',
      document.uri,
      diagnostic.range,
    );
    // The command drops `diagnostics` from the actions it returns: the rule's own fix is the preferred one.
    const fix = actions.find((action) => action.kind?.value === 'quickfix' && action.isPreferred);
    assert.ok(fix?.edit, `a preferred quick fix with an edit: ${actions.map((a) => a.title).join(', ')}`);
    assert.match(fix.title, /CMD/);
    assert.ok(await vscode.workspace.applyEdit(fix.edit));
    assert.equal(document.getText(), 'FROM alpine\nRUN command\nCMD echo hello\n');
    await waitForNoDiagnostic(document.uri, 'MultipleInstructionsDisallowed');
  });
});
