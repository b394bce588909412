// ARG words, variable names and quotes, as the builders read them.
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { isVariableName, parseArgWord } from '../../../core/dockerfile/args';
import { unquote } from '../../../core/dockerfile/quotes';

void test('an ARG word is a name, and a default after the first =', () => {
  const cases: [string, [string, string | undefined, string | undefined]][] = [
    ['NAME', ['NAME', undefined, undefined]],
    ['NAME=1', ['NAME', '1', '1']],
    ['NAME=', ['NAME', '', '']],
    ['V="1.0 beta"', ['V', '"1.0 beta"', '1.0 beta']],
    ['A=b=c', ['A', 'b=c', 'b=c']],
    // Verified on Docker 20.10 and Podman 4.3: `ARG foo-bar=1` leaves `$foo` empty.
    ['foo-bar=1', ['foo-bar', '1', '1']],
    ['=x', ['', 'x', 'x']],
  ];
  for (const [word, [name, rawDefault, defaultValue]] of cases)
    assert.deepEqual(parseArgWord(word), { name, rawDefault, defaultValue }, word);
});

void test('variable names are what $NAME can spell', () => {
  assert.deepEqual(['A', '_a1', 'abc_DEF', '1a', 'a-b', 'a.b', ''].map(isVariableName), [
    true,
    true,
    true,
    false,
    false,
    false,
    false,
  ]);
});

void test('unquote removes one level of matching quotes around the whole value', () => {
  const cases: [string, string][] = [
    ['"x y"', 'x y'],
    ["'x'", 'x'],
    ['""', ''],
    ['"x', '"x'],
    ['"x\'', '"x\''],
    ['a"b"', 'a"b"'],
    ['"', '"'],
    ['""x""', '"x"'],
  ];
  for (const [input, want] of cases) assert.equal(unquote(input), want, input);
});
