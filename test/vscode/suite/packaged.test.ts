// The VSIX from `npm run package`, installed with --install-extension: proves .vscodeignore and the bundles are whole.
import * as assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as path from 'node:path';
import * as vscode from 'vscode';
import { EXTENSION_ID, activateStudio } from '../support/extension';
import { waitForDiagnostic } from '../support/diagnostics';
import { closeAllEditors, openFile } from '../support/workspace';

interface Manifest {
  main: string;
  contributes?: {
    grammars?: { path: string }[];
    languages?: { configuration?: string }[];
    viewsContainers?: Record<string, { icon: string }[]>;
    walkthroughs?: { steps: { media: { markdown?: string } }[] }[];
  };
}

/** Every file the manifest points at, relative to the extension's folder. */
function filesNamedBy(manifest: Manifest): string[] {
  const contributes = manifest.contributes ?? {};
  return [
    manifest.main,
    ...(contributes.grammars ?? []).map((grammar) => grammar.path),
    ...(contributes.languages ?? []).flatMap((language) => (language.configuration ? [language.configuration] : [])),
    ...Object.values(contributes.viewsContainers ?? {}).flatMap((containers) => containers.map((c) => c.icon)),
    // The walkthrough's media, and their Korean versions beside them.
    ...(contributes.walkthroughs ?? [])
      .flatMap((walkthrough) => walkthrough.steps.map((step) => step.media.markdown ?? ''))
      .flatMap((media) => [media, media.replace(/\.md$/, '.nls.ko.md')]),
  ];
}

suite('Packaged extension (VSIX)', () => {
  teardown(closeAllEditors);

  test('is the installed VSIX, not the repository', () => {
    const extension = vscode.extensions.getExtension(EXTENSION_ID);
    assert.ok(extension, `${EXTENSION_ID} is installed`);
    assert.match(extension.extensionPath, new RegExp(`${EXTENSION_ID}-[0-9.]+$`), extension.extensionPath);
    assert.ok(!fs.existsSync(path.join(extension.extensionPath, 'node_modules')), 'no node_modules inside the package');
  });

  test('every file its manifest names is inside the package', () => {
    const root = vscode.extensions.getExtension(EXTENSION_ID)?.extensionPath ?? '';
    const manifest = JSON.parse(fs.readFileSync(path.join(root, 'package.json'), 'utf8')) as Manifest;
    const missing = filesNamedBy(manifest).filter((file) => !fs.existsSync(path.join(root, file)));
    assert.deepEqual(missing, [], 'files the manifest names but the VSIX lacks');
    assert.ok(fs.existsSync(path.join(root, 'package.nls.ko.json')), 'the Korean manifest strings are packaged');
  });

  test('activates, starts its language server and reports diagnostics', async () => {
    const api = await activateStudio();
    await api.languageClientReady;
    const { document } = await openFile('packaged/Dockerfile', 'RUN echo hello\n');
    const diagnostic = await waitForDiagnostic(document.uri, 'NoFromInstruction', 0);
    assert.match(diagnostic.message, /FROM/);
  });
});
