// The shell parser: what it makes of snippets, its dialect checks and its bounded cache.
import assert from 'node:assert/strict';
import { before, test } from 'node:test';
import { loadNodeShellParser } from '../../../core/node/shell-wasm';
import { CachedParser } from '../../../core/shell/parser';
import type { ShellParser, ShellScript } from '../../../core/shell';

let parser: ShellParser;
before(async () => {
  parser = await loadNodeShellParser();
});

void test('parser: loads once; later calls get the same parser', async () => {
  assert.equal(await loadNodeShellParser(), parser);
});

void test('parser: commands with literal words, expansions kept as text, nesting and pipelines', () => {
  const script = parser.parse('DEBIAN_FRONTEND=x sudo apt-get install -y "curl" $PKG && (cd /a | sort)') as ShellScript;
  const commands = script.commands.map((c) => [c.name.value, c.args.map((a) => a.value ?? `<${a.text}>`), c.nested]);
  assert.deepEqual(commands, [
    ['sudo', ['apt-get', 'install', '-y', 'curl', '<$PKG>'], false],
    ['cd', ['/a'], true],
    ['sort', [], true],
  ]);
  assert.equal(script.pipelines.length, 1);
  assert.equal(script.syntaxError, undefined);
});

void test('parser: the here-documents a command reads, by delimiter', () => {
  const script = parser.parse("bash -e <<'EOF'\necho $(date)\nEOF") as ShellScript;
  assert.deepEqual(
    script.commands.map((c) => [c.name.value, c.heredocs]),
    [['bash', ['EOF']]],
  );
});

void test('parser: syntax errors say what is open or unexpected', () => {
  const kinds = ['if true; then echo', 'echo "a', 'a |', 'echo a; fi', 'echo )'].map((text) => {
    const error = parser.parse(text)?.syntaxError;
    return error && `${error.kind} ${Object.values(error.data).join(' ')}`;
  });
  assert.deepEqual(kinds, ['unclosed if fi', 'unclosed " "', 'missingCommand |', 'unexpected fi', 'unexpected )']);
});

void test('parser: bash-only constructs are listed for the POSIX dialect', () => {
  const features = ['a=(1)', 'cat <<< x', 'diff <(a) <(b)', 'function f { :; }', '[[ -f x ]]'].map(
    (text) => parser.parse(text)?.bashOnly[0]?.data.feature,
  );
  assert.deepEqual(features, ['arrays', '<<<', '<(…)', 'function', undefined]);
});

void test('parser: the cache is bounded and too long a snippet is not parsed', () => {
  let parses = 0;
  const cached = new CachedParser(() => {
    parses++;
    return undefined;
  });
  for (let i = 0; i < 5000; i++) cached.parse(`echo ${i}`);
  cached.parse('echo 4999');
  assert.equal(parses, 5000, 'the newest entry is still cached');
  cached.parse('echo 0');
  assert.equal(parses, 5001, 'the oldest entry was evicted');
  assert.equal(cached.parse('x'.repeat(300_000)), undefined);
  assert.equal(parses, 5001);
});

void test('parser: the cache keeps at most a million characters of snippets, the newest', () => {
  let parses = 0;
  const cached = new CachedParser(() => {
    parses++;
    return undefined;
  });
  const long = (i: number): string => `echo ${i} ${'a '.repeat(95_000)}`;
  for (let i = 0; i < 6; i++) cached.parse(long(i)); // 6 × 190,000 characters
  cached.parse(long(5));
  assert.equal(parses, 6, 'the newest entry is still cached');
  cached.parse(long(0));
  assert.equal(parses, 7, 'the oldest entry was evicted');
});
