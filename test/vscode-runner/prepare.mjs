// What a run needs before it starts: code-server (installed once), Chromium, and fresh bundles.
import { spawnSync } from 'node:child_process';
import { join } from 'node:path';
import { EXIT, ROOT } from './passes.mjs';

export class Skip extends Error {}

function run(command, args, what) {
  const result = spawnSync(command, args, { cwd: ROOT, stdio: ['ignore', 'pipe', 'inherit'], encoding: 'utf8' });
  if (result.status === EXIT.skipped) throw new Skip(`${what} is not possible on this machine (see above)`);
  if (result.status !== 0) {
    process.stderr.write(result.stdout ?? '');
    throw new Error(`${what} failed (exit ${result.status ?? result.signal})`);
  }
  return result.stdout;
}

/** code-server's `out/node/entry.js`, installing code-server and the Debian packages it needs when missing. */
export function codeServerEntry() {
  const out = run('bash', [join(ROOT, 'scripts/vscode/install-code-server.sh')], 'installing code-server');
  const packageDir = out.trim().split('\n').pop() ?? '';
  return join(packageDir, 'out/node/entry.js');
}

export function chromiumPath() {
  if (process.env.CHROMIUM_PATH) return process.env.CHROMIUM_PATH;
  const found = run(
    'sh',
    ['-c', 'command -v chromium || command -v chromium-browser || true'],
    'finding Chromium',
  ).trim();
  if (!found) throw new Skip('Chromium is not installed (Debian: apt-get install chromium)');
  return found;
}

/** Bundles the extension and the suites. */
export function build() {
  run(process.execPath, ['scripts/build.mjs'], 'bundling the extension (scripts/build.mjs)');
  run(process.execPath, ['scripts/vscode/build-tests.mjs'], 'bundling the suites (scripts/vscode/build-tests.mjs)');
}

/** Builds the VSIX with `npm run package`; returns why it failed (only the packaged pass needs it), or undefined. */
export function packageVsix() {
  try {
    run('npm', ['run', '--silent', 'package'], 'npm run package');
    return undefined;
  } catch (error) {
    return error instanceof Error ? error.message : String(error);
  }
}
