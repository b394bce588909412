// The ShellCheck runner against the real program (installed by scripts/shellcheck-up.sh; CI has it), and without it.
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { test } from 'node:test';
import { parse } from '../../../core/parser';
import { shellSnippets } from '../../../core/shell';
import { declaredNames, findShellCheck, headerFor, ShellCheckRunner } from '../../../core/node/shellcheck';

const real = findShellCheck(undefined, process.env);

void test('shellcheck: absent when PATH has none or the configured path does not exist', () => {
  assert.equal(findShellCheck(undefined, { PATH: '' }), undefined);
  assert.equal(findShellCheck('/nonexistent/shellcheck', process.env), undefined);
  assert.equal(findShellCheck(undefined, {}), undefined);
});

void test(
  'shellcheck: ARG and ENV names are declared, so only the unknown variable is reported, on its column',
  {
    skip: !real && !process.env.CI,
  },
  async () => {
    const text = 'FROM debian:12\nARG version\nENV home=/x\nRUN echo "$version" "$home" "$other"\n';
    const ast = parse(text);
    const header = headerFor(declaredNames(ast));
    assert.equal(header, 'export home version\n');
    const runner = new ShellCheckRunner(real as string);
    const snippets = shellSnippets(ast);
    assert.equal(runner.notes(snippets, header).missing.length, 1);
    await runner.run(snippets, header);
    const { notes, missing } = runner.notes(snippets, header);
    assert.equal(missing.length, 0);
    assert.deepEqual(
      notes.map((n) => [n.code, n.range.start.line, n.range.start.character, n.range.end.character]),
      [[2154, 3, 29, 35]],
    );
  },
);

void test('shellcheck: a run cancelled before it starts leaves the snippets unchecked', async () => {
  const text = 'FROM debian:12\nRUN echo $x\n';
  const snippets = shellSnippets(parse(text));
  const runner = new ShellCheckRunner(real ?? '/nonexistent/shellcheck');
  const abort = new AbortController();
  abort.abort();
  await runner.run(snippets, '', abort.signal);
  assert.equal(runner.notes(snippets, '').missing.length, 1);
});

void test(
  'shellcheck: the cache keeps the newest results within its bound in characters',
  { skip: !real && !process.env.CI },
  async () => {
    const snippets = shellSnippets(parse('FROM debian:12\nRUN echo $a\nRUN echo $b\nRUN echo $c\n'));
    const args = ['--format=json1', '--shell=sh', '-'];
    const output = spawnSync(real as string, args, { input: 'echo $a', encoding: 'utf8' }).stdout;
    const entry = 'sh\0\0echo $a'.length + output.length; // the three snippets' entries are the same size
    const runner = new ShellCheckRunner(real as string, Math.floor(2.5 * entry));
    for (const snippet of snippets) await runner.run([snippet], '');
    const missing = runner.notes(snippets, '').missing.map((snippet) => snippet.text.text);
    assert.deepEqual(missing, ['echo $a']);
  },
);
