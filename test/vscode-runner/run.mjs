#!/usr/bin/env node
// Runs the VS Code integration suites in code-server's extension host, driven by headless Chromium.
//
//   node test/vscode-runner/run.mjs [--pass editor|trust|packaged|learn|learn-ko]... [--screenshots DIR] [--timeout SECONDS]
//                                    [--suites a,b] [--env NAME=VALUE]... [--no-build] [--keep]
//
// Prints mocha's report, then `N passed, N failed` alone on a line. Exit codes: 0 all passed; 1 a test failed or a
// pass hung; 2 the runner itself broke; 3 skipped because this machine cannot run VS Code (the reason is printed).
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import { EXIT, PASSES, RESULTS } from './passes.mjs';
import { Skip, build, chromiumPath, codeServerEntry, packageVsix } from './prepare.mjs';
import { runPass } from './pass.mjs';

const cleanups = new Set();

function options() {
  const { values } = parseArgs({
    options: {
      pass: { type: 'string', multiple: true },
      suites: { type: 'string' },
      screenshots: { type: 'string' },
      timeout: { type: 'string', default: '300' },
      env: { type: 'string', multiple: true },
      'no-build': { type: 'boolean', default: false },
      keep: { type: 'boolean', default: false },
    },
  });
  const names = values.pass ?? PASSES.map((pass) => pass.name);
  const unknown = names.filter((name) => !PASSES.some((pass) => pass.name === name));
  if (unknown.length > 0)
    throw new Error(`unknown pass ${unknown.join(', ')}; known: ${PASSES.map((p) => p.name).join(', ')}`);
  return {
    passes: PASSES.filter((pass) => names.includes(pass.name)).map((pass) => ({
      ...pass,
      suites: values.suites ?? pass.suites,
    })),
    screenshotDir: values.screenshots ?? join(RESULTS, 'screenshots'),
    deadlineMs: Number(values.timeout) * 1000,
    env: Object.fromEntries((values.env ?? []).map((pair) => [pair.split('=')[0], pair.slice(pair.indexOf('=') + 1)])),
    build: !values['no-build'],
    keep: values.keep,
  };
}

function seconds(since) {
  return `${((Date.now() - since) / 1000).toFixed(1)} s`;
}

function timed(what, step) {
  const started = Date.now();
  const result = step();
  console.log(`(${what}: ${seconds(started)})`);
  return result;
}

function summarize(results) {
  let passed = 0,
    failed = 0;
  for (const result of results) {
    const counts = result.counts ?? { passed: 0, failed: 0 };
    const broken = result.code !== 0 && counts.failed === 0; // hung, crashed, or never reported: one failure
    passed += counts.passed;
    failed += counts.failed + (broken ? 1 : 0);
    const verdict = result.code === 0 && result.counts ? 'passed' : 'FAILED';
    console.log(
      `pass ${result.name}: ${verdict} (extension host exit ${result.code ?? 'none'})${result.note ? `: ${result.note}` : ''}`,
    );
  }
  console.log(`${passed} passed, ${failed} failed`);
  return failed === 0 ? EXIT.passed : EXIT.failed;
}

async function main() {
  const opts = options();
  const entry = codeServerEntry();
  const chromium = chromiumPath();
  if (opts.build) timed('bundled the extension and the suites', build);
  const packageError =
    opts.build && opts.passes.some((pass) => pass.packaged) ? timed('npm run package', packageVsix) : undefined;
  const results = [];
  for (const pass of opts.passes) {
    console.log(`\n=== VS Code pass: ${pass.name} ===`);
    const started = Date.now();
    if (pass.packaged && packageError)
      results.push({ name: pass.name, code: undefined, note: `no VSIX: ${packageError}` });
    else results.push(await runPass(pass, { ...opts, entry, chromium, cleanups }));
    console.log(`(pass ${pass.name} took ${seconds(started)})`);
  }
  return summarize(results);
}

async function interrupted(signal) {
  await Promise.all([...cleanups].map((cleanup) => cleanup()));
  process.exit(signal === 'SIGINT' ? 130 : 143);
}
process.once('SIGINT', interrupted);
process.once('SIGTERM', interrupted);

main().then(
  (code) => process.exit(code),
  (error) => {
    if (error instanceof Skip) {
      console.log(`skipped: VS Code integration tests: ${error.message}`);
      process.exit(EXIT.skipped);
    }
    console.error(`VS Code runner: ${error instanceof Error ? error.message : String(error)}`);
    process.exit(EXIT.broken);
  },
);
