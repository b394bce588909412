// The one argument parser: the forms docker accepts, and each usage mistake as data (never a thrown Node error).
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { parseCommandLine } from '../../../client/cli/command-line';

const specs = {
  format: { type: 'string', choices: ['text', 'json'] },
  tag: { type: 'string', short: 't', multiple: true },
  network: { type: 'string', aliases: ['net'] },
  quiet: { type: 'boolean', short: 'q' },
  interactive: { type: 'boolean', short: 'i' },
  env: { type: 'string', short: 'e', multiple: true },
} as const;

const none = { format: undefined, tag: [], network: undefined, quiet: false, interactive: false, env: [] };

const cases: { name: string; input: string[]; stop?: boolean; want: object }[] = [
  { name: 'positionals only', input: ['a', 'b'], want: { values: none, positionals: ['a', 'b'] } },
  {
    name: '--flag value and --flag=value',
    input: ['--format', 'json', 'f', '--network=none'],
    want: { values: { ...none, format: 'json', network: 'none' }, positionals: ['f'] },
  },
  {
    name: 'a short option with its value, apart or joined',
    input: ['-t', 'a', '-tb'],
    want: { values: { ...none, tag: ['a', 'b'] }, positionals: [] },
  },
  {
    name: 'a multiple option keeps every value in order; = inside a value is kept',
    input: ['--tag', 'a', '--tag=b=c', '-t', 'd'],
    want: { values: { ...none, tag: ['a', 'b=c', 'd'] }, positionals: [] },
  },
  {
    name: 'a single-value option given twice: the last wins',
    input: ['--format', 'json', '--format', 'text'],
    want: { values: { ...none, format: 'text' }, positionals: [] },
  },
  {
    name: 'a long alias is the same option',
    input: ['--net', 'host'],
    want: { values: { ...none, network: 'host' }, positionals: [] },
  },
  {
    name: 'short groups: -qi, and a group ending in a value option takes the next word',
    input: ['-qi', '-ie', 'A=1'],
    want: { values: { ...none, quiet: true, interactive: true, env: ['A=1'] }, positionals: [] },
  },
  {
    name: 'a value may start with a dash, as docker allows',
    input: ['-e', '-x'],
    want: { values: { ...none, env: ['-x'] }, positionals: [] },
  },
  {
    name: '-- ends the options',
    input: ['--', '--format', '-q'],
    want: { values: none, positionals: ['--format', '-q'] },
  },
  { name: 'a lone - is a positional', input: ['-'], want: { values: none, positionals: ['-'] } },
  {
    name: 'options may follow positionals unless told to stop',
    input: ['f', '-q'],
    want: { values: { ...none, quiet: true }, positionals: ['f'] },
  },
  {
    name: 'stopping at the first positional: what follows is left as written',
    input: ['-e', 'A=1', 'img', 'sh', '-c', 'echo -n x', '--frob'],
    stop: true,
    want: { values: { ...none, env: ['A=1'] }, positionals: ['img', 'sh', '-c', 'echo -n x', '--frob'] },
  },
  {
    name: 'stopping at --, which is dropped',
    input: ['-q', '--', '--weird', '-i'],
    stop: true,
    want: { values: { ...none, quiet: true }, positionals: ['--weird', '-i'] },
  },
];

for (const c of cases) {
  void test(`parseCommandLine: ${c.name}`, () => {
    const { values, positionals, mistake } = parseCommandLine(c.input, specs, { stopAtFirstPositional: c.stop });
    assert.equal(mistake, undefined);
    assert.deepEqual({ values, positionals }, c.want);
  });
}

const mistakes: { name: string; input: string[]; want: object }[] = [
  {
    name: 'an unknown long option',
    input: ['--frmat', 'json'],
    want: { key: 'unknownOption', values: { option: '--frmat' } },
  },
  {
    name: 'an unknown option with =',
    input: ['--frmat=json'],
    want: { key: 'unknownOption', values: { option: '--frmat' } },
  },
  {
    name: 'an unknown short option in a group',
    input: ['-qx'],
    want: { key: 'unknownOption', values: { option: '-x' } },
  },
  {
    name: 'a value option at the end',
    input: ['--format'],
    want: { key: 'needsValue', values: { option: '--format' } },
  },
  { name: 'a short value option at the end', input: ['-t'], want: { key: 'needsValue', values: { option: '-t' } } },
  {
    name: 'a value on a boolean',
    input: ['--quiet=yes'],
    want: { key: 'noValueAllowed', values: { option: '--quiet' } },
  },
  {
    name: 'a value outside the choices',
    input: ['--format', 'xml'],
    want: { key: 'badChoice', values: { option: '--format', value: 'xml', choices: 'text, json' } },
  },
  {
    name: 'the first mistake is the one reported',
    input: ['--nope', '--format', 'xml'],
    want: { key: 'unknownOption', values: { option: '--nope' } },
  },
];

for (const c of mistakes) {
  void test(`parseCommandLine mistake: ${c.name}`, () => {
    assert.deepEqual(parseCommandLine(c.input, specs).mistake, c.want);
  });
}

void test('parseCommandLine: the options written correctly still count beside a mistake', () => {
  const line = parseCommandLine(['--nope', '--format', 'json'], specs);
  assert.equal(line.mistake?.key, 'unknownOption');
  assert.equal(line.values.format, 'json');
});

void test('parseCommandLine: given lists the options in order, under their own names', () => {
  const line = parseCommandLine(['-q', '--net', 'x', '-t', 'a'], specs);
  assert.deepEqual(line.given, [
    { name: 'quiet', value: true },
    { name: 'network', value: 'x' },
    { name: 'tag', value: 'a' },
  ]);
});
