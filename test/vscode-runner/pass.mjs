// One pass: a fresh sandbox, code-server, the workbench with the tests, and everything cleaned up afterwards.
import { cpSync, createWriteStream, existsSync, mkdirSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import { startCodeServer, installExtension } from './code-server.mjs';
import { createSandbox } from './sandbox.mjs';
import { openWorkbench, serveScreenshots, waitForExit, workbenchUrl } from './workbench.mjs';
import { FIXTURE, RESULTS, ROOT, TESTS_INDEX, VSIX } from './passes.mjs';
import protocol from '../vscode/protocol.json' with { type: 'json' };

/** Prints mocha's report, keeps the counts line, and writes the workbench's other console output to `log`. */
function logReader(result, log) {
  return (type, text) => {
    if (text.startsWith(protocol.reportPrefix)) process.stdout.write(`${text.slice(protocol.reportPrefix.length)}\n`);
    else if (text.startsWith(protocol.resultPrefix))
      result.counts = JSON.parse(text.slice(protocol.resultPrefix.length));
    else log.write(`[${type}] ${text}\n`);
  };
}

function passEnvironment(pass, sandbox, extra) {
  return sandbox.env({
    ...process.env,
    ...extra,
    [protocol.suitesEnv]: pass.suites,
    [protocol.screenshotEnv]: sandbox.path('screenshot-requests'),
    [protocol.passEnv]: pass.name,
  });
}

async function keepEvidence(pass, sandbox, page) {
  await page?.screenshot({ path: join(RESULTS, `${pass.name}-failure.png`) }).catch(() => undefined);
  const logs = sandbox.path('user-data/logs');
  if (existsSync(logs)) cpSync(logs, join(RESULTS, `${pass.name}-logs`), { recursive: true });
}

/**
 * Runs one pass; resolves with `{ name, code, counts?, note? }`. `code` is the extension host's exit code
 * (undefined when it hung). `cleanups` collects what must run if the runner is interrupted.
 */
export async function runPass(pass, { entry, chromium, deadlineMs, screenshotDir, env, keep, cleanups }) {
  mkdirSync(RESULTS, { recursive: true });
  for (const old of ['failure.png', 'logs'])
    rmSync(join(RESULTS, `${pass.name}-${old}`), { recursive: true, force: true });
  mkdirSync(screenshotDir, { recursive: true });
  const sandbox = createSandbox({ name: pass.name, fixture: FIXTURE, locale: pass.locale });
  const result = { name: pass.name, code: undefined };
  const passEnv = passEnvironment(pass, sandbox, env);
  const consoleLog = createWriteStream(join(RESULTS, `${pass.name}-workbench.log`));
  let server, workbench, stopShots;
  const cleanup = async () => {
    stopShots?.();
    consoleLog.end();
    await workbench?.close();
    await server?.stop();
    if (!keep) sandbox.remove();
  };
  cleanups.add(cleanup);
  try {
    if (pass.packaged) installExtension(entry, sandbox, passEnv, VSIX);
    const logPath = join(RESULTS, `${pass.name}-code-server.log`);
    server = startCodeServer({ entry, sandbox, env: passEnv, trusted: pass.trusted, logPath });
    const port = await server.port;
    workbench = await openWorkbench({
      chromiumPath: chromium,
      profileDir: sandbox.path('browser'),
      env: passEnv,
      onLog: logReader(result, consoleLog),
      locale: pass.locale,
    });
    stopShots = serveScreenshots(workbench.page, sandbox.path('screenshot-requests'), screenshotDir);
    const extensionPath = pass.packaged ? sandbox.path('empty-extension') : ROOT;
    await workbench.page.goto(
      workbenchUrl(port, { folder: sandbox.path('workspace'), extensionPath, testsPath: TESTS_INDEX }),
      { waitUntil: 'commit', timeout: deadlineMs },
    );
    result.code = await waitForExit(workbench.exited, deadlineMs);
    if (result.code === undefined)
      result.note = `no result within ${deadlineMs / 1000} s: screenshot in test-results/${pass.name}-failure.png`;
    if (result.code !== 0) await keepEvidence(pass, sandbox, workbench.page);
  } catch (error) {
    result.note = error instanceof Error ? error.message : String(error);
    await keepEvidence(pass, sandbox, workbench?.page);
  } finally {
    cleanups.delete(cleanup);
    await cleanup();
  }
  return result;
}
