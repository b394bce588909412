// Severity is applied once: rule default, then the `# check=` directive, then the user's settings.
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { parseCheckDirective } from '../../../core/rules/severity';
import type { SeveritySetting } from '../../../core/rules';
import { check } from './helper';

const twoCmds = 'FROM a\nCMD ["a"]\nCMD ["b"]\n';
const severityOf = (text: string, code: string, severities?: Record<string, SeveritySetting>): string | undefined =>
  check(text, { severities }).find((f) => f.code === code)?.severity;

const cases: {
  name: string;
  input: string;
  code: string;
  severities?: Record<string, SeveritySetting>;
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
  {
    name: "a hadolint code names the rule that has hadolint's check",
    input: twoCmds,
    code: 'MultipleInstructionsDisallowed',
    severities: { DL4003: 'error' },
    want: 'error',
  },
  {
    name: 'the rule id wins over its hadolint code',
    input: twoCmds,
    code: 'MultipleInstructionsDisallowed',
    severities: { DL4003: 'error', MultipleInstructionsDisallowed: 'info' },
    want: 'info',
  },
  {
    name: 'all applies to every rule without a setting of its own',
    input: twoCmds,
    code: 'MultipleInstructionsDisallowed',
    severities: { all: 'hint' },
    want: 'hint',
  },
  {
    name: 'all off, one rule on',
    input: twoCmds,
    code: 'MultipleInstructionsDisallowed',
    severities: { all: 'off', MultipleInstructionsDisallowed: 'on' },
    want: 'warning',
  },
  {
    name: 'an experimental rule is off by default',
    input: '# the builder\nFROM a AS build\n',
    code: 'InvalidDefinitionDescription',
    want: undefined,
  },
  {
    name: 'all: on turns on experimental rules too, at their default severity',
    input: '# the builder\nFROM a AS build\n',
    code: 'InvalidDefinitionDescription',
    severities: { all: 'on' },
    want: 'warning',
  },
  {
    name: 'on is the default severity, whatever the directive says',
    input: `# check=error=true\n${twoCmds}`,
    code: 'MultipleInstructionsDisallowed',
    severities: { MultipleInstructionsDisallowed: 'on' },
    want: 'warning',
  },
  {
    name: 'all does not reach parser problems',
    input: 'FROM a\nENV A\n',
    code: 'KeyWithoutValue',
    severities: { all: 'off' },
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

void test('a ShellCheck code setting applies to the findings that relay it, and only to them', () => {
  const at = (character: number) => ({ start: { line: 1, character }, end: { line: 1, character: character + 2 } });
  const notes = [
    { code: 2086, level: 'info' as const, message: 'Double quote to prevent globbing.', range: at(9) },
    { code: 2154, level: 'warning' as const, message: 'x is referenced but not assigned.', range: at(9) },
  ];
  const shellcheck = (severities: Record<string, SeveritySetting>) =>
    check('FROM a\nRUN echo $x\n', { shell: { shellcheck: notes }, severities })
      .filter((f) => f.code === 'ShellCheck')
      .map((f) => `${f.externalCode}:${f.severity}`);
  assert.deepEqual(shellcheck({}), ['SC2086:warning', 'SC2154:warning']);
  assert.deepEqual(shellcheck({ SC2086: 'off' }), ['SC2154:warning']);
  assert.deepEqual(shellcheck({ SC2154: 'error', ShellCheck: 'info' }), ['SC2086:info', 'SC2154:error']);
});
