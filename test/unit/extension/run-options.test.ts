import { test } from 'node:test';
import assert from 'node:assert/strict';
import {
  formatList,
  parseCommand,
  parseEnv,
  parsePorts,
  parseVolumes,
  portsFromExpose,
} from '../../../client/extension/core/run-options';
import { joinWords, splitWords } from '../../../client/extension/core/words';

void test('splitWords', async (t) => {
  const cases: { name: string; input: string; want: string[] | 'unterminatedQuote' }[] = [
    { name: 'whitespace separates', input: '  echo   hi\tthere ', want: ['echo', 'hi', 'there'] },
    { name: 'double quotes group', input: 'sh -c "echo hi there"', want: ['sh', '-c', 'echo hi there'] },
    { name: 'single quotes keep backslashes', input: "'a\\b' c", want: ['a\\b', 'c'] },
    { name: 'backslash escapes a space', input: 'a\\ b c', want: ['a b', 'c'] },
    { name: 'escaped quote inside double quotes', input: '"say \\"hi\\""', want: ['say "hi"'] },
    { name: 'empty quoted word is kept', input: 'X="" y', want: ['X=', 'y'] },
    { name: 'quotes join with neighbours', input: 'MSG="hello world"', want: ['MSG=hello world'] },
    { name: 'empty input', input: '   ', want: [] },
    { name: 'unterminated quote', input: 'echo "oops', want: 'unterminatedQuote' },
  ];
  for (const { name, input, want } of cases) {
    await t.test(name, () => {
      const got = splitWords(input);
      assert.deepEqual(got.ok ? got.words : got.problem, want);
    });
  }
});

void test('joinWords round-trips through splitWords', () => {
  const words = ['plain', 'with space', "it's", 'back\\slash', '', 'say "hi"'];
  const split = splitWords(joinWords(words));
  assert.deepEqual(split.ok && split.words, words);
});

void test('run option parsing', async (t) => {
  const cases: { name: string; parse: (text: string) => unknown; input: string; want: unknown }[] = [
    {
      name: 'command override',
      parse: parseCommand,
      input: 'sh -c "echo hi"',
      want: { ok: true, value: ['sh', '-c', 'echo hi'] },
    },
    { name: 'empty command keeps CMD', parse: parseCommand, input: '  ', want: { ok: true, value: undefined } },
    {
      name: 'env pairs',
      parse: parseEnv,
      input: 'A=1 "B=two words" C=',
      want: { ok: true, value: ['A=1', 'B=two words', 'C='] },
    },
    {
      name: 'env without equals',
      parse: parseEnv,
      input: 'A=1 B',
      want: { ok: false, problem: 'envWithoutEquals', item: 'B' },
    },
    {
      name: 'env with empty name',
      parse: parseEnv,
      input: '=x',
      want: { ok: false, problem: 'envWithoutEquals', item: '=x' },
    },
    {
      name: 'ports in every form',
      parse: parsePorts,
      input: '8080:80 80 127.0.0.1:9000:90/udp :81',
      want: { ok: true, value: ['8080:80', '80', '127.0.0.1:9000:90/udp', ':81'] },
    },
    {
      name: 'port out of range',
      parse: parsePorts,
      input: '70000:80',
      want: { ok: false, problem: 'badPort', item: '70000:80' },
    },
    {
      name: 'port that is not a number',
      parse: parsePorts,
      input: 'http:80',
      want: { ok: false, problem: 'badPort', item: 'http:80' },
    },
    {
      name: 'volumes',
      parse: parseVolumes,
      input: '/src:/app:ro data:/var/lib/data',
      want: { ok: true, value: ['/src:/app:ro', 'data:/var/lib/data'] },
    },
    {
      name: 'volume with relative container path',
      parse: parseVolumes,
      input: '/src:app',
      want: { ok: false, problem: 'badVolume', item: '/src:app' },
    },
    {
      name: 'unterminated quote in a list',
      parse: parseVolumes,
      input: '"/a b:/c',
      want: { ok: false, problem: 'unterminatedQuote' },
    },
  ];
  for (const { name, parse, input, want } of cases) {
    await t.test(name, () => assert.deepEqual(parse(input), want));
  }
});

void test('portsFromExpose publishes each port on the same host port, skipping ranges', () => {
  assert.deepEqual(portsFromExpose(['80', '53/udp', '8000-8010']), ['80:80', '53:53/udp']);
});

void test('formatList prefills a prompt that parses back', () => {
  assert.deepEqual(parseEnv(formatList(['A=1', 'B=two words'])), { ok: true, value: ['A=1', 'B=two words'] });
  assert.equal(formatList(undefined), '');
});
