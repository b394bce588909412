// Bundles the VS Code test suites (test/vscode) into dist/test/vscode, one file per suite plus the mocha entry.
import * as esbuild from 'esbuild';
import { readdirSync, rmSync } from 'node:fs';
import { fileURLToPath } from 'node:url';

const root = fileURLToPath(new URL('../..', import.meta.url));
const suiteDir = 'test/vscode/suite';
const suites = readdirSync(new URL(`../../${suiteDir}`, import.meta.url))
  .filter((name) => name.endsWith('.test.ts'))
  .map((name) => `${suiteDir}/${name}`);

// Start clean: a suite deleted from test/vscode must not keep running from an old bundle.
rmSync(new URL('../../dist/test/vscode', import.meta.url), { recursive: true, force: true });

await esbuild.build({
  absWorkingDir: root,
  entryPoints: ['test/vscode/index.ts', ...suites],
  outdir: 'dist/test/vscode',
  outbase: 'test/vscode',
  bundle: true,
  platform: 'node',
  target: 'node20',
  format: 'cjs',
  sourcemap: 'inline',
  external: ['vscode', 'mocha'],
  logLevel: 'warning',
});
