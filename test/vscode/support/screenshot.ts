// Asks the runner for a screenshot of the workbench: a `<name>.request` file, answered by `<name>.done`.
import * as fs from 'node:fs';
import * as path from 'node:path';
import * as vscode from 'vscode';
import protocol from '../protocol.json';
import { waitFor } from './wait';

/** Returns false when no runner listens (the Electron route); throws when the runner could not take it. */
export async function screenshot(name: string): Promise<boolean> {
  const dir = process.env[protocol.screenshotEnv];
  if (!dir) return false;
  // Show the test's own files and output, not other suites' folders or toasts.
  await vscode.commands.executeCommand('workbench.files.action.collapseExplorerFolders');
  await vscode.commands.executeCommand('notifications.clearAll');
  await new Promise((resolve) => setTimeout(resolve, 600)); // let the workbench paint what the test just did
  const file = (suffix: string): string => path.join(dir, `${name}.${suffix}`);
  for (const old of ['done', 'failed']) fs.rmSync(file(old), { force: true });
  fs.writeFileSync(file('request'), '');
  await waitFor(`the runner's screenshot "${name}"`, () => {
    if (fs.existsSync(file('failed')))
      throw new Error(`screenshot ${name} failed: ${fs.readFileSync(file('failed'), 'utf8')}`);
    return fs.existsSync(file('done')) ? true : undefined;
  });
  return true;
}
