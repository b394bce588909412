// `check` on the failures that cost the most time inside RUN, each on its line and column, with ShellCheck absent,
// faked (to pin the position mapping) and real (when installed; CI installs it).
import assert from 'node:assert/strict';
import { chmodSync } from 'node:fs';
import { join } from 'node:path';
import { after, describe, test } from 'node:test';
import { findShellCheck } from '../../../core/node/shellcheck';
import { SHELL_ANALYSIS_MAX_SIZE } from '../../../core/shell';
import { scratchFiles } from './cli-support';
import { runCliInProcess } from './fake-io';

const FAILURES = [
  'FROM debian:12',
  'RUN apt-get install curl',
  'RUN if [ -f x ]; then echo yes',
  'RUN cd /app',
  'RUN curl -fsSL https://example.com/install.sh | sh',
  'RUN echo $HOME',
  '',
].join('\n');

/** A stand-in ShellCheck that reports SC2086 on line 1, columns 6-11 of whatever it reads. */
const FAKE_SHELLCHECK = [
  '#!/bin/sh',
  'cat > /dev/null',
  'echo \'{"comments":[{"file":"-","line":1,"endLine":1,"column":6,"endColumn":11,"level":"info","code":2086,"message":"Double quote to prevent globbing and word splitting."}]}\'',
  'exit 1',
  '',
].join('\n');

const files = scratchFiles({ Dockerfile: FAILURES, shellcheck: FAKE_SHELLCHECK, 'clean.Dockerfile': 'FROM scratch\n' });
chmodSync(join(files.dir, 'shellcheck'), 0o755);

interface JsonFinding {
  code: string;
  line: number;
  column: number;
  endColumn: number;
  message: string;
}

async function check(env: NodeJS.ProcessEnv, file = 'Dockerfile'): Promise<JsonFinding[]> {
  const run = await runCliInProcess(['check', '--format', 'json', join(files.dir, file)], { env });
  return JSON.parse(run.stdout) as JsonFinding[];
}

const at = (findings: JsonFinding[], code: string): string[] =>
  findings.filter((f) => f.code === code).map((f) => `${f.line}:${f.column}`);

void describe('dockerfile-studio check with shell analysis', () => {
  after(files.cleanup);

  void test('finds each failure of the issue on its line and column, without ShellCheck on PATH', async () => {
    const findings = await check({ PATH: '' });
    assert.deepEqual(at(findings, 'InstallWithoutYes'), ['2:5']);
    assert.deepEqual(at(findings, 'ShellSyntaxError'), ['3:5']);
    assert.deepEqual(at(findings, 'CdInsteadOfWorkdir'), ['4:5']);
    assert.deepEqual(at(findings, 'PipeWithoutPipefail'), ['5:5']);
    assert.deepEqual(at(findings, 'ShellCheck'), []);
  });

  void test('maps ShellCheck findings into each snippet on the Dockerfile', async () => {
    const findings = await check({ PATH: files.dir });
    // The fake reports columns 6-11 of each snippet's first line: RUN's command starts at column 5.
    assert.deepEqual(at(findings, 'ShellCheck'), ['2:10', '3:10', '4:10', '5:10', '6:10']);
    const first = findings.find((f) => f.code === 'ShellCheck');
    assert.equal(first?.endColumn, 15);
    assert.match(first?.message ?? '', /^SC2086: Double quote/);
  });

  void test('a Dockerfile without shell snippets runs no ShellCheck', async () => {
    assert.deepEqual(await check({ PATH: files.dir }, 'clean.Dockerfile'), []);
  });

  void test('a file over the size limit is checked without shell analysis, and says so', async () => {
    const padding = '# padding\n'.repeat(Math.ceil(SHELL_ANALYSIS_MAX_SIZE / 10));
    const huge = scratchFiles({ Dockerfile: `${FAILURES}${padding}CMD ["a"]\nCMD ["b"]\n` });
    try {
      const run = await runCliInProcess(['check', '--format', 'json', join(huge.dir, 'Dockerfile')], { env: {} });
      const codes = (JSON.parse(run.stdout) as JsonFinding[]).map((f) => f.code);
      assert.deepEqual([...new Set(codes)], ['MultipleInstructionsDisallowed']);
      assert.match(run.stderr, /larger than 1000000 characters: checked without shell analysis/);
    } finally {
      huge.cleanup();
    }
  });

  const real = findShellCheck(undefined, process.env);
  void test(
    'the real ShellCheck, when installed, flags the unquoted $HOME exactly',
    { skip: !real && !process.env.CI },
    async () => {
      const findings = await check({ PATH: process.env.PATH });
      const home = findings.find((f) => f.code === 'ShellCheck' && f.message.startsWith('SC2086'));
      assert.deepEqual([home?.line, home?.column, home?.endColumn], [6, 10, 15]);
    },
  );
});
