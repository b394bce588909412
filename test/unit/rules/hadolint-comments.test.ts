// hadolint's ignore comments, and hadolint and ShellCheck codes in ours: they turn off the rules that have those checks.
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { check, ruleTable } from './helper';
import { shellOptions as options } from './shell-helper';
import type { ShellCheckNote } from '../../../core/shell';

const APT = 'RUN apt-get install -y curl';
const PACKAGES = ['UnpinnedSystemPackage', 'AptNoInstallRecommends', 'InvalidIgnoreComment'];

ruleTable(PACKAGES, [
  {
    name: 'without a comment: apt pins (DL3008) and recommends (DL3015)',
    input: `FROM debian:12\n${APT}\n`,
    want: ['AptNoInstallRecommends@2', 'UnpinnedSystemPackage@2'],
    options,
  },
  {
    name: '# hadolint ignore=DL3008 turns off the rule with that check',
    input: `FROM debian:12\n# hadolint ignore=DL3008\n${APT}\n`,
    want: ['AptNoInstallRecommends@3'],
    options,
  },
  {
    name: '# hadolint ignore= with several codes, spaces after the commas',
    input: `FROM debian:12\n# hadolint ignore=DL3008, DL3015\n${APT}\n`,
    want: [],
    options,
    noVariants: true,
  },
  {
    name: 'only the instruction right below',
    input: `FROM debian:12\n# hadolint ignore=DL3008,DL3015\n${APT}\n${APT}\n`,
    want: ['AptNoInstallRecommends@4', 'UnpinnedSystemPackage@4'],
    options,
  },
  {
    name: 'a blank line between comment and instruction: it applies to nothing, as in hadolint',
    input: `FROM debian:12\n# hadolint ignore=DL3008\n\n${APT}\n`,
    want: ['AptNoInstallRecommends@4', 'UnpinnedSystemPackage@4'],
    options,
  },
  {
    name: 'our own comment takes hadolint codes too',
    input: `FROM debian:12\n# dockerfile-studio ignore=DL3015\n${APT}\n`,
    want: ['UnpinnedSystemPackage@3'],
    options,
  },
  {
    name: '# hadolint global ignore= applies to the whole file, wherever it is',
    input: `FROM debian:12\n${APT}\n# hadolint global ignore=DL3008\n${APT}\n`,
    want: ['AptNoInstallRecommends@2', 'AptNoInstallRecommends@4'],
    options,
  },
  {
    name: "a hadolint code we have no check for is hadolint's business in its comment",
    input: `FROM debian:12\n# hadolint ignore=DL3059,DL3008\n${APT}\n`,
    want: ['AptNoInstallRecommends@3'],
    options,
  },
  {
    name: 'but in our comment it is reported, since it ignores nothing',
    input: `FROM debian:12\n# dockerfile-studio ignore=DL3059\n${APT}\n`,
    want: ['InvalidIgnoreComment@2', 'AptNoInstallRecommends@3', 'UnpinnedSystemPackage@3'],
    options,
  },
  {
    name: "hadolint's other comments change nothing",
    input: `FROM debian:12\n# hadolint shell=bash\n${APT}\n`,
    want: ['AptNoInstallRecommends@3', 'UnpinnedSystemPackage@3'],
    options,
  },
]);

/** ShellCheck's SC2086 on `$x` of `RUN echo $x` on `line` (0-based). */
function sc2086(line: number): ShellCheckNote {
  const range = { start: { line, character: 9 }, end: { line, character: 11 } };
  return { code: 2086, level: 'info', message: 'Double quote to prevent globbing.', range };
}

const onLine = (line: number) => ({ shell: { shellcheck: [sc2086(line)] } });

ruleTable(
  ['ShellCheck', 'InvalidIgnoreComment'],
  [
    { name: 'a ShellCheck finding', input: 'FROM a\nRUN echo $x\n', want: ['ShellCheck@2'], options: onLine(1) },
    {
      name: '# dockerfile-studio ignore=SC2086 ignores that ShellCheck code',
      input: 'FROM a\n# dockerfile-studio ignore=SC2086\nRUN echo $x\n',
      want: [],
      options: onLine(2),
      noVariants: true,
    },
    {
      name: '# hadolint ignore=SC2086 too',
      input: 'FROM a\n# hadolint ignore=SC2086\nRUN echo $x\n',
      want: [],
      options: onLine(2),
      noVariants: true,
    },
    {
      name: 'another ShellCheck code leaves this one',
      input: 'FROM a\n# dockerfile-studio ignore=SC2046\nRUN echo $x\n',
      want: ['ShellCheck@3'],
      options: onLine(2),
    },
    {
      name: '# hadolint global ignore=SC2086',
      input: '# hadolint global ignore=SC2086\nFROM a\nRUN echo $x\n',
      want: [],
      options: onLine(2),
      noVariants: true,
    },
  ],
);

void test('our comment naming a hadolint check we lack says so, not that it is a typo', () => {
  const [finding] = check('FROM a\n# dockerfile-studio ignore=DL3059\nRUN a\n').filter(
    (f) => f.code === 'InvalidIgnoreComment',
  );
  assert.match(finding?.message ?? '', /^hadolint's DL3059 has no rule here/);
  assert.equal(finding?.fixes, undefined);
});
