import assert from 'node:assert/strict';
import { test } from 'node:test';
import { parseArgs, type FlagSpec } from '../../../client/cli/args';

const specs: Record<string, FlagSpec> = {
  format: { kind: 'value', choices: ['text', 'json'] },
  tag: { kind: 'list' },
  quiet: { kind: 'bool', short: 'q' },
};

const cases: { name: string; input: string[]; want: unknown }[] = [
  { name: 'positionals only', input: ['a', 'b'], want: { flags: {}, positionals: ['a', 'b'] } },
  { name: '--flag value', input: ['--format', 'json', 'f'], want: { flags: { format: ['json'] }, positionals: ['f'] } },
  { name: '--flag=value', input: ['--format=json', 'f'], want: { flags: { format: ['json'] }, positionals: ['f'] } },
  {
    name: 'repeated list flag',
    input: ['--tag', 'a', '--tag=b'],
    want: { flags: { tag: ['a', 'b'] }, positionals: [] },
  },
  { name: 'bool and short alias', input: ['-q', 'f', '--quiet'], want: { error: 'repeated' } },
  { name: 'short alias', input: ['-q', 'f'], want: { flags: { quiet: ['true'] }, positionals: ['f'] } },
  {
    name: '-- ends the options',
    input: ['--', '--format', '-q'],
    want: { flags: {}, positionals: ['--format', '-q'] },
  },
  { name: 'a lone - is a positional', input: ['-'], want: { flags: {}, positionals: ['-'] } },
  { name: 'an = in a value is kept', input: ['--tag=a=b'], want: { flags: { tag: ['a=b'] }, positionals: [] } },
  { name: 'unknown option', input: ['--frmat', 'json'], want: { error: 'unknownOption' } },
  { name: 'unknown short option', input: ['-x'], want: { error: 'unknownOption' } },
  { name: 'missing value', input: ['--format'], want: { error: 'needsValue' } },
  { name: 'value outside the choices', input: ['--format', 'xml'], want: { error: 'badChoice' } },
  { name: 'value on a bool flag', input: ['--quiet=yes'], want: { error: 'noValueAllowed' } },
  { name: 'a single-value flag twice', input: ['--format', 'json', '--format', 'text'], want: { error: 'repeated' } },
];

for (const c of cases) {
  void test(`parseArgs: ${c.name}`, () => {
    const result = parseArgs(c.input, specs);
    const got = result.ok
      ? { flags: Object.fromEntries(result.value.flags), positionals: result.value.positionals }
      : { error: result.error.code };
    assert.deepEqual(got, c.want);
  });
}
