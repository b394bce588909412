import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { after, before, describe, test } from 'node:test';
import { buildCli, runCli, scratchFiles } from './cli-support';

const files = scratchFiles({
  Dockerfile: '# syntax=docker/dockerfile:1\nFROM alpine AS build\nCOPY --from=build a b\n',
});

void describe('dockerfile-studio (dispatcher) and parse', () => {
  before(buildCli);
  after(files.cleanup);

  void test('--help lists the commands', () => {
    const run = runCli(['--help']);
    assert.equal(run.status, 0);
    assert.match(run.stdout, /^Usage: dockerfile-studio \[--lang en\|ko\] <command>/);
    assert.match(run.stdout, /\n {2}check +check Dockerfiles/);
    assert.match(run.stdout, /\n {2}parse +print the syntax tree/);
  });

  void test('--version prints the package version, alone or before a command', () => {
    const { version } = JSON.parse(readFileSync('package.json', 'utf8')) as { version: string };
    for (const argv of [['--version'], ['--version', 'check'], ['--lang', 'ko', '--version']]) {
      const run = runCli(argv);
      assert.equal(run.status, 0, run.stderr);
      assert.equal(run.stdout, `dockerfile-studio ${version}\n`);
    }
    assert.match(runCli(['--help']).stdout, /\n {6}--version +print the version and exit\n/);
  });

  void test('an unknown command or none at all is a usage error (exit 2)', () => {
    const unknown = runCli(['chekc']);
    assert.equal(unknown.status, 2);
    assert.match(
      unknown.stderr,
      /^dockerfile-studio: unknown command "chekc": use one of check, rules, parse, build, run\./,
    );
    assert.equal(runCli([]).status, 2);
  });

  void test('parse --format json prints the syntax tree', () => {
    const run = runCli(['parse', '--format', 'json', join(files.dir, 'Dockerfile')]);
    assert.equal(run.status, 0, run.stderr);
    const tree = JSON.parse(run.stdout) as {
      directives: unknown[];
      instructions: { keyword: string; flags: string[]; args: string[] }[];
    };
    assert.deepEqual(tree.directives, [{ name: 'syntax', value: 'docker/dockerfile:1', line: 1 }]);
    assert.deepEqual(
      tree.instructions.map((i) => [i.keyword, i.flags, i.args]),
      [
        ['from', [], ['alpine', 'AS', 'build']],
        ['copy', ['--from=build'], ['a', 'b']],
      ],
    );
  });

  void test('parse needs exactly one file, and a missing one is exit 2', () => {
    assert.equal(runCli(['parse']).status, 2);
    const missing = runCli(['parse', 'no/such/Dockerfile']);
    assert.equal(missing.status, 2);
    assert.equal(missing.stderr, 'dockerfile-studio parse: cannot read "no/such/Dockerfile": no such file.\n');
  });

  void test('parse --help', () => {
    const run = runCli(['parse', '-h']);
    assert.equal(run.status, 0);
    assert.match(run.stdout, /^Usage: dockerfile-studio parse/);
  });
});
