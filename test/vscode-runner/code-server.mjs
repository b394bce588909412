// Starts code-server in its own process group on a free port, and stops it with everything it started.
import { spawn, spawnSync } from 'node:child_process';
import { createWriteStream } from 'node:fs';

const LISTENING = /HTTP server listening on http:\/\/127\.0\.0\.1:(\d+)\//;
const START_DEADLINE_MS = 60_000;

function commonArgs(sandbox) {
  return [
    '--user-data-dir',
    sandbox.path('user-data'),
    '--extensions-dir',
    sandbox.path('extensions'),
    '--config',
    sandbox.path('config.yaml'),
  ];
}

/** `--install-extension` into the sandbox's extensions folder; throws with code-server's output when it fails. */
export function installExtension(entry, sandbox, env, vsixPath) {
  const result = spawnSync(process.execPath, [entry, ...commonArgs(sandbox), '--install-extension', vsixPath], {
    env,
    encoding: 'utf8',
    timeout: 120_000,
  });
  if (result.status !== 0) {
    throw new Error(
      `code-server --install-extension ${vsixPath} failed (${result.status}):\n${result.stdout}${result.stderr}`,
    );
  }
  return result.stdout.trim();
}

function waitForPort(child, logPath) {
  return new Promise((resolve, reject) => {
    let seen = '';
    const timer = setTimeout(
      () => reject(new Error(`code-server did not start in ${START_DEADLINE_MS / 1000} s (log: ${logPath})`)),
      START_DEADLINE_MS,
    );
    child.stdout.on('data', (chunk) => {
      seen += chunk.toString();
      const match = LISTENING.exec(seen);
      if (match) {
        clearTimeout(timer);
        resolve(Number(match[1]));
      }
    });
    child.once('exit', (code) => {
      clearTimeout(timer);
      reject(new Error(`code-server exited with ${code} before listening (log: ${logPath})`));
    });
  });
}

/** Kills the whole process group: code-server, its extension host and the language server under it. */
function killGroup(child) {
  if (child.exitCode !== null || child.signalCode !== null) return Promise.resolve();
  return new Promise((resolve) => {
    const force = setTimeout(() => signalGroup(child.pid, 'SIGKILL'), 5_000);
    child.once('exit', () => {
      clearTimeout(force);
      signalGroup(child.pid, 'SIGKILL');
      resolve();
    });
    signalGroup(child.pid, 'SIGTERM');
  });
}

function signalGroup(pid, signal) {
  try {
    process.kill(-pid, signal);
  } catch {
    /* already gone */
  }
}

/** Spawns code-server; `stop` works at once, `port` resolves when it listens (and rejects when it cannot start). */
export function startCodeServer({ entry, sandbox, env, trusted, logPath }) {
  const args = [
    entry,
    ...commonArgs(sandbox),
    '--auth',
    'none',
    '--bind-addr',
    '127.0.0.1:0',
    '--disable-telemetry',
    '--disable-update-check',
    '--ignore-last-opened',
    ...(trusted ? ['--disable-workspace-trust'] : []),
  ];
  const child = spawn(process.execPath, args, { env, detached: true, stdio: ['ignore', 'pipe', 'pipe'] });
  const log = createWriteStream(logPath);
  child.stdout.pipe(log);
  child.stderr.pipe(log);
  return { port: waitForPort(child, logPath), stop: () => killGroup(child) };
}
