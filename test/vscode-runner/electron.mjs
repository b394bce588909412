#!/usr/bin/env node
// The same suites in desktop VS Code through @vscode/test-electron, wherever one can be downloaded or is installed.
//
//   VSCODE_EXECUTABLE=/path/to/code node test/vscode-runner/electron.mjs [--pass editor|trust|packaged]... [--no-build]
//
// Exit codes as run.mjs: 0 passed; 1 failed; 2 the runner broke; 3 skipped: no VS Code here and none can be downloaded.
import { spawn, spawnSync } from 'node:child_process';
import { parseArgs } from 'node:util';
import { downloadAndUnzipVSCode, resolveCliArgsFromVSCodeExecutablePath, runTests } from '@vscode/test-electron';
import { EXIT, FIXTURE, PASSES, ROOT, TESTS_INDEX, VSIX } from './passes.mjs';
import { Skip, build, packageVsix } from './prepare.mjs';
import { createSandbox } from './sandbox.mjs';
import protocol from '../vscode/protocol.json' with { type: 'json' };

async function vscodeExecutable() {
  if (process.env.VSCODE_EXECUTABLE) return process.env.VSCODE_EXECUTABLE;
  try {
    return await downloadAndUnzipVSCode();
  } catch (error) {
    throw new Skip(
      `cannot download VS Code (${error instanceof Error ? error.message : String(error)}); set VSCODE_EXECUTABLE to a local VS Code`,
    );
  }
}

function installVsix(executable, sandbox) {
  const [cli, ...args] = resolveCliArgsFromVSCodeExecutablePath(executable);
  const result = spawnSync(
    cli,
    [...args, '--extensions-dir', sandbox.path('extensions'), '--install-extension', VSIX],
    { stdio: 'inherit' },
  );
  if (result.status !== 0) throw new Error(`installing ${VSIX} failed (${result.status})`);
}

/** runTests always adds --disable-workspace-trust; the trust pass starts VS Code itself with the same arguments. */
function runUntrusted(executable, args, env) {
  return new Promise((resolve) => {
    const child = spawn(
      executable,
      ['--no-sandbox', '--disable-gpu-sandbox', '--disable-updates', '--skip-welcome', '--skip-release-notes', ...args],
      { env: { ...process.env, ...env }, stdio: 'inherit' },
    );
    child.on('exit', (code) => resolve(code ?? 1));
  });
}

async function runPass(executable, pass) {
  const sandbox = createSandbox({ name: pass.name, fixture: FIXTURE });
  try {
    if (pass.packaged) installVsix(executable, sandbox);
    const extensionDevelopmentPath = pass.packaged ? sandbox.path('empty-extension') : ROOT;
    const launchArgs = [
      sandbox.path('workspace'),
      '--user-data-dir',
      sandbox.path('user-data'),
      '--extensions-dir',
      sandbox.path('extensions'),
      ...(pass.packaged ? [] : ['--disable-extensions']),
    ];
    const env = sandbox.env({ [protocol.suitesEnv]: pass.suites, [protocol.passEnv]: pass.name });
    if (!pass.trusted) {
      const dev = [`--extensionDevelopmentPath=${extensionDevelopmentPath}`, `--extensionTestsPath=${TESTS_INDEX}`];
      return await runUntrusted(executable, [...launchArgs, ...dev], env);
    }
    return await runTests({
      vscodeExecutablePath: executable,
      extensionDevelopmentPath,
      extensionTestsPath: TESTS_INDEX,
      launchArgs,
      extensionTestsEnv: env,
    }).then(
      () => 0,
      (error) => (typeof error?.code === 'number' ? error.code : 1),
    );
  } finally {
    sandbox.remove();
  }
}

/** Counts mocha's results from the extension host's output while passing it through without the report marker. */
function countingStdout() {
  const totals = { passed: 0, failed: 0 };
  const write = process.stdout.write.bind(process.stdout);
  process.stdout.write = (chunk, ...rest) => {
    const lines = String(chunk)
      .split('\n')
      .map((line) => {
        const at = line.indexOf(protocol.resultPrefix);
        if (at >= 0) {
          const counts = JSON.parse(line.slice(at + protocol.resultPrefix.length));
          totals.passed += counts.passed;
          totals.failed += counts.failed;
        }
        return line.replace(protocol.reportPrefix, '');
      });
    return write(lines.join('\n'), ...rest);
  };
  return totals;
}

async function main() {
  const { values } = parseArgs({
    options: { pass: { type: 'string', multiple: true }, 'no-build': { type: 'boolean', default: false } },
  });
  const passes = PASSES.filter((pass) => !values.pass || values.pass.includes(pass.name));
  const executable = await vscodeExecutable();
  if (!values['no-build']) build();
  const packageError = !values['no-build'] && passes.some((pass) => pass.packaged) ? packageVsix() : undefined;
  if (packageError) throw new Error(packageError);
  const totals = countingStdout();
  let failedPasses = 0;
  for (const pass of passes) {
    console.log(`\n=== VS Code (desktop) pass: ${pass.name} ===`);
    if ((await runPass(executable, pass)) !== 0) failedPasses++;
  }
  const failed = Math.max(totals.failed, failedPasses);
  console.log(`${totals.passed} passed, ${failed} failed`);
  return failed === 0 ? EXIT.passed : EXIT.failed;
}

main().then(
  (code) => process.exit(code),
  (error) => {
    if (error instanceof Skip) {
      console.log(`skipped: VS Code desktop tests: ${error.message}`);
      process.exit(EXIT.skipped);
    }
    console.error(`VS Code desktop runner: ${error instanceof Error ? error.message : String(error)}`);
    process.exit(EXIT.broken);
  },
);
