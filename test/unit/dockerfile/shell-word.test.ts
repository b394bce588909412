// The word reader against what BuildKit's shell lexer gives for the same words (frontend/dockerfile/shell/lex.go).
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { processWord } from '../../../core/dockerfile/shell-word';

const env = (name: string): string | undefined => ({ A: 'a', EMPTY: '', PATH: '/usr/bin:/bin' })[name];
const read = (word: string, escape = '\\'): string | undefined => processWord(word, env, escape);

void test('quotes and escapes are removed as the builder reads the word', () => {
  assert.equal(read('"/opt/app"'), '/opt/app');
  assert.equal(read("'$A'"), '$A');
  assert.equal(read('"$A b"'), 'a b');
  assert.equal(read('a\\ b'), 'a b');
  assert.equal(read('"a\\"b"'), 'a"b');
  assert.equal(read('"a\\xb"'), 'a\\xb');
  assert.equal(read('C:`app', '`'), 'C:app');
});

void test('substitutions and their modifiers', () => {
  assert.equal(read('$A-${A}'), 'a-a');
  assert.equal(read('${UNSET:-d}/${EMPTY:-e}/${EMPTY-f}'), 'd/e/');
  assert.equal(read('${A:+set}${UNSET:+no}'), 'set');
  assert.equal(read('${PATH#*:}'), '/bin');
  assert.equal(read('${PATH##*/}'), 'bin');
  assert.equal(read('${PATH%:*}'), '/usr/bin');
  assert.equal(read('${PATH%%/bin*}'), '/usr');
  assert.equal(read('${PATH/bin/sbin}'), '/usr/sbin:/bin');
  assert.equal(read('${PATH//bin/sbin}'), '/usr/sbin:/sbin');
  assert.equal(read('exit-${X:-"y"}'), 'exit-y');
  assert.equal(read('$'), '$');
});

void test('what the builder fails on reads as undefined', () => {
  for (const bad of ['"open', "'open", '${A', '${}', '${:x}', '${UNSET:?required}', '${A:#x}', '${A!}'])
    assert.equal(read(bad), undefined, bad);
});

void test('a word without quotes, escapes or $ reads as itself; the escape is the one the file chose', () => {
  assert.equal(read('/usr/local/bin'), '/usr/local/bin');
  assert.equal(read('C:\\app', '`'), 'C:\\app');
  assert.equal(read('a`$b', '`'), 'a$b');
  assert.equal(read('a\\$b'), 'a$b');
});

void test('deep nesting is refused, not overflowed', () => {
  const word = `${'${A:-'.repeat(10_000)}x${'}'.repeat(10_000)}`;
  assert.equal(read(word), undefined);
});
