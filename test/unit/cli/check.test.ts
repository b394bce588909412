import assert from 'node:assert/strict';
import { mkdirSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { after, before, describe, test } from 'node:test';
import { buildCli, runCli, scratchFiles } from './cli-support';
import { runCliInProcess } from './fake-io';

const files = scratchFiles({
  'two-cmd.Dockerfile': 'FROM alpine:3.20\nCMD ["echo", "a"]\nCMD ["echo", "hello"]\n',
  'run-first.Dockerfile': 'RUN echo hello\n',
  'clean.Dockerfile': 'FROM alpine:3.20\nCMD ["echo", "hello"]\n',
  'bad-image.Dockerfile': 'FROM Alpine:Latest\n',
  'ignored.Dockerfile': '# check=experimental=CopyIgnoredFile\nFROM alpine:3.20\nCOPY secrets.env app.js /app/\n',
  'ignored.Dockerfile.dockerignore': 'secrets.env\n',
});
const file = (name: string): string => join(files.dir, name);

void describe('dockerfile-studio check', () => {
  before(buildCli);
  after(files.cleanup);

  void test('reports MultipleInstructionsDisallowed on the first of two CMDs (a warning: exit 0)', () => {
    const run = runCli(['check', file('two-cmd.Dockerfile')]);
    assert.equal(run.status, 0);
    assert.match(run.stdout, /two-cmd\.Dockerfile:2:1: warning MultipleInstructionsDisallowed: This CMD has no effect/);
    assert.equal(run.stdout.trim().split('\n').length, 1);
  });

  void test('reports the missing FROM when the first instruction is RUN (an error: exit 1)', () => {
    const run = runCli(['check', file('run-first.Dockerfile')]);
    assert.equal(run.status, 1);
    assert.match(run.stdout, /run-first\.Dockerfile:1:1: error NoFromInstruction: .*FROM/);
  });

  void test('prints no findings and exits 0 for a clean file, saying so on stderr', () => {
    const run = runCli(['check', file('clean.Dockerfile')]);
    assert.deepEqual([run.status, run.stdout, run.stderr], [0, '', 'No problems found.\n']);
  });

  void test('the text format ends with a summary on stderr', () => {
    const run = runCli(['check', file('two-cmd.Dockerfile'), file('run-first.Dockerfile')]);
    assert.equal(run.stderr, '1 error(s) and 1 warning(s) found.\n');
    assert.equal(runCli(['check', '--lang=ko', file('clean.Dockerfile')]).stderr, '문제를 찾지 못했습니다.\n');
  });

  void test('--format json prints one array with 1-based positions', () => {
    const run = runCli(['check', '--format', 'json', file('two-cmd.Dockerfile'), file('bad-image.Dockerfile')]);
    assert.equal(run.status, 1);
    const findings = JSON.parse(run.stdout) as Record<string, unknown>[];
    assert.deepEqual(
      findings.map((f) => [f.code, f.line, f.column, f.endLine, f.severity]),
      [
        ['MultipleInstructionsDisallowed', 2, 1, 2, 'warning'],
        ['InvalidImageReference', 1, 6, 1, 'error'],
      ],
    );
    assert.deepEqual(Object.keys(findings[0] ?? {}), [
      'file',
      'line',
      'column',
      'endLine',
      'endColumn',
      'severity',
      'code',
      'message',
    ]);
    assert.equal(findings[1]?.endColumn, 19);
  });

  void test('--format=json works in the --flag=value form too', () => {
    const run = runCli(['check', '--format=json', file('clean.Dockerfile')]);
    assert.deepEqual([run.status, JSON.parse(run.stdout)], [0, []]);
  });

  void test('--lang ko prints Korean messages', () => {
    const run = runCli(['check', '--lang', 'ko', file('run-first.Dockerfile')]);
    assert.match(run.stdout, /error NoFromInstruction: 이 Dockerfile에는 FROM 명령어가 없습니다/);
  });

  void test('the locale defaults from LANG, and LC_ALL wins over it', () => {
    assert.match(runCli(['check', file('run-first.Dockerfile')], { LANG: 'ko_KR.UTF-8' }).stdout, /명령어/);
    const run = runCli(['check', file('run-first.Dockerfile')], { LANG: 'ko_KR.UTF-8', LC_ALL: 'en_US.UTF-8' });
    assert.match(run.stdout, /has no FROM instruction/);
  });

  void test('a missing file gets one clear line and exit 2, and the other files are still checked', () => {
    const run = runCli(['check', file('nope.Dockerfile'), file('run-first.Dockerfile')]);
    assert.equal(run.status, 2);
    assert.match(
      run.stderr,
      new RegExp(`^dockerfile-studio check: cannot read "${file('nope.Dockerfile')}": no such file\\.\n`),
    );
    assert.match(run.stdout, /NoFromInstruction/);
  });

  void test('a folder with no Dockerfile in it: exit 2 with a clear message', () => {
    const empty = scratchFiles({ 'notes.txt': 'FROM alpine\n' });
    const run = runCli(['check', empty.dir]);
    empty.cleanup();
    assert.equal(run.status, 2);
    assert.match(run.stderr, /found no Dockerfile in the folder ".*"/);
    assert.doesNotMatch(run.stderr, /EISDIR|at .*\.js/);
  });

  void test('usage mistakes print what is wrong and where the help is, and exit 2', () => {
    for (const args of [
      ['check'],
      ['check', '--format', 'xml', 'f'],
      ['check', '--frmat=json', 'f'],
      ['check', '--format'],
    ]) {
      const run = runCli(args);
      assert.equal(run.status, 2, args.join(' '));
      assert.match(
        run.stderr,
        /^dockerfile-studio check: .+\nRun "dockerfile-studio check --help" for the options\.\n$/,
        args.join(' '),
      );
    }
  });

  void test('--help prints the usage and exits 0', () => {
    const run = runCli(['check', '--help']);
    assert.equal(run.status, 0);
    assert.match(run.stdout, /^Usage: dockerfile-studio check \[--format text\|json\|sarif\|github\]/);
  });

  void test("CopyIgnoredFile reads the Dockerfile's own .dockerignore when the check is enabled", () => {
    const run = runCli(['check', file('ignored.Dockerfile')]);
    assert.equal(run.status, 0);
    assert.match(run.stdout, /ignored\.Dockerfile:3:6: warning CopyIgnoredFile: COPY copies "secrets\.env"/);
    assert.doesNotMatch(run.stdout, /app\.js/);
  });

  void test('the example Dockerfile is clean', () => {
    const run = runCli(['check', 'examples/hello/Dockerfile']);
    assert.deepEqual([run.status, run.stdout], [0, '']);
  });

  void test('check in-process: files are read from the folder given to the CLI; --lang ko from the dispatcher', async () => {
    const run = await runCliInProcess(['--lang', 'ko', 'check', 'run-first.Dockerfile'], { cwd: files.dir });
    assert.equal(run.code, 1);
    assert.match(
      run.stdout,
      /^run-first\.Dockerfile:1:1: error NoFromInstruction: 이 Dockerfile에는 FROM 명령어가 없습니다/,
    );
    assert.equal(run.stderr, '오류 1개, 경고 0개를 찾았습니다.\n');
  });

  void test('a folder means every Dockerfile below it, in name order, without hidden folders or node_modules', async () => {
    const tree = scratchFiles({});
    try {
      const write = (path: string, text: string): void => {
        mkdirSync(dirname(join(tree.dir, path)), { recursive: true });
        writeFileSync(join(tree.dir, path), text);
      };
      write('b/Dockerfile', 'RUN echo\n');
      write('a/app.Dockerfile', 'FROM alpine:3.20\nCMD ["a"]\nCMD ["b"]\n');
      write('a/Dockerfile.dockerignore', 'x\n');
      write('a/notes.txt', 'RUN echo\n');
      write('.git/Dockerfile', 'RUN echo\n');
      write('node_modules/x/Dockerfile', 'RUN echo\n');
      const run = await runCliInProcess(['check', '--format', 'json', '.'], { cwd: tree.dir });
      const findings = JSON.parse(run.stdout) as { file: string; code: string }[];
      assert.deepEqual(
        findings.map((f) => `${f.file} ${f.code}`),
        ['a/app.Dockerfile MultipleInstructionsDisallowed', 'b/Dockerfile NoFromInstruction'],
      );
    } finally {
      tree.cleanup();
    }
  });
});
