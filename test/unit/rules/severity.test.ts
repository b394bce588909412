// Severity is applied once: rule default, then the `# check=` directive, then the user's settings.
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { parseCheckDirective } from '../../../core/rules/severity';
import { check } from './helper';

const twoCmds = 'FROM a\nCMD ["a"]\nCMD ["b"]\n';
const severityOf = (
  text: string,
  code: string,
  severities?: Record<string, 'error' | 'warning' | 'info' | 'hint' | 'off'>,
): string | undefined => check(text, { severities }).find((f) => f.code === code)?.severity;

const cases: {
  name: string;
  input: string;
  code: string;
  severities?: Record<string, 'error' | 'warning' | 'info' | 'hint' | 'off'>;
  want: string | undefined;
}[] = [
  { name: 'default warning', input: twoCmds, code: 'MultipleInstructionsDisallowed', want: 'warning' },
  {
    name: 'error=true',
    input: `# check=error=true\n${twoCmds}`,
    code: 'MultipleInstructionsDisallowed',
    want: 'error',
  },
  {
    name: 'skip by name',
    input: `# check=skip=MultipleInstructionsDisallowed\n${twoCmds}`,
    code: 'MultipleInstructionsDisallowed',
    want: undefined,
  },
  {
    name: 'skip by a list',
    input: `# check=skip=JSONArgsRecommended, MultipleInstructionsDisallowed\n${twoCmds}`,
    code: 'MultipleInstructionsDisallowed',
    want: undefined,
  },
  {
    name: 'skip=all and error=true',
    input: `# check=skip=all;error=true\n${twoCmds}`,
    code: 'MultipleInstructionsDisallowed',
    want: undefined,
  },
  {
    name: 'skip=all leaves errors that fail the build',
    input: '# check=skip=all\nRUN x\n',
    code: 'NoFromInstruction',
    want: 'error',
  },
  {
    name: 'directive is case-insensitive',
    input: `# CHECK=error=true\n${twoCmds}`,
    code: 'MultipleInstructionsDisallowed',
    want: 'error',
  },
  {
    name: 'a setting wins over the directive',
    input: `# check=error=true\n${twoCmds}`,
    code: 'MultipleInstructionsDisallowed',
    severities: { MultipleInstructionsDisallowed: 'info' },
    want: 'info',
  },
  {
    name: 'a setting turns a rule off',
    input: 'RUN x\n',
    code: 'NoFromInstruction',
    severities: { NoFromInstruction: 'off' },
    want: undefined,
  },
  {
    name: 'a setting applies to parser problems',
    input: 'FROM a\nENV A\n',
    code: 'KeyWithoutValue',
    severities: { KeyWithoutValue: 'hint' },
    want: 'hint',
  },
  {
    name: 'a parser-reported rule follows the directive',
    input: '# check=error=true\nFROM a\nRUN a \\\n\n b\n',
    code: 'NoEmptyContinuation',
    want: 'error',
  },
];

for (const c of cases)
  void test(`severity: ${c.name}`, () => assert.equal(severityOf(c.input, c.code, c.severities), c.want));

void test('parseCheckDirective reads BuildKit options and refuses unknown ones', () => {
  const parsed = parseCheckDirective('skip=A,B; error=true;experimental=all');
  assert.ok(parsed.ok);
  assert.deepEqual([...parsed.value.skip], ['A', 'B']);
  assert.equal(parsed.value.errorOnWarning, true);
  assert.equal(parsed.value.experimentalAll, true);
  assert.deepEqual(parseCheckDirective('error=maybe'), { ok: false, option: 'error=maybe' });
  assert.deepEqual(parseCheckDirective('nope=1'), { ok: false, option: 'nope' });
  assert.deepEqual(parseCheckDirective('skip'), { ok: false, option: 'skip' });
});
