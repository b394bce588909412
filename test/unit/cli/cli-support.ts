// Runs the bundled CLI the way a user does: `node dist/cli.js …`, after building it once per test file.
import { spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';

const root = resolve(__dirname, '../../..');
const cli = join(root, 'dist', 'cli.js');

export interface CliRun {
  status: number | null;
  stdout: string;
  stderr: string;
}

export function buildCli(): void {
  const result = spawnSync(process.execPath, ['scripts/build.mjs'], { cwd: root, encoding: 'utf8' });
  if (result.status !== 0) throw new Error(`build failed:\n${result.stderr}`);
}

export function runCli(args: string[], env: NodeJS.ProcessEnv = {}): CliRun {
  const clean = { PATH: process.env.PATH, LANG: 'C', ...env };
  const result = spawnSync(process.execPath, [cli, ...args], { cwd: root, encoding: 'utf8', env: clean });
  return { status: result.status, stdout: result.stdout, stderr: result.stderr };
}

/** A temporary folder with the given files; returns its path and a cleanup. */
export function scratchFiles(files: Record<string, string>): { dir: string; cleanup: () => void } {
  const dir = mkdtempSync(join(tmpdir(), 'dfs-cli-'));
  for (const [name, text] of Object.entries(files)) writeFileSync(join(dir, name), text);
  return { dir, cleanup: () => rmSync(dir, { recursive: true, force: true }) };
}
