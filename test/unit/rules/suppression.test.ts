// Comments above an instruction that turn rules off there: BuildKit's `# check=skip=` and our `# dockerfile-studio ignore`.
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { check, codesAndLines, ruleTable } from './helper';

const TWO_CMDS = 'FROM alpine\nCMD echo a\nCMD ["b"]\n';

ruleTable(
  ['JSONArgsRecommended', 'MultipleInstructionsDisallowed', 'UnknownInstruction', 'InvalidIgnoreComment'],
  [
    { name: 'without a comment', input: TWO_CMDS, want: ['MultipleInstructionsDisallowed@2', 'JSONArgsRecommended@2'] },
    {
      name: '# check=skip=Rule above the instruction',
      input: 'FROM alpine\n# check=skip=JSONArgsRecommended\nCMD echo a\nCMD ["b"]\n',
      want: ['MultipleInstructionsDisallowed@3'],
    },
    {
      name: '# check=skip=all skips the build checks only',
      input: 'FROM alpine\n# check=skip=all\nCMD echo a\nCMD ["b"]\n# check=skip=all\nRUNN x\n',
      want: ['UnknownInstruction@6'],
    },
    {
      name: 'a blank line between comment and instruction: it applies to nothing',
      input: 'FROM alpine\n# check=skip=JSONArgsRecommended\n\nCMD echo a\nCMD ["b"]\n',
      want: ['MultipleInstructionsDisallowed@4', 'JSONArgsRecommended@4'],
    },
    {
      name: 'only the next instruction',
      input: 'FROM alpine\n# dockerfile-studio ignore=JSONArgsRecommended\nCMD echo a\nCMD echo b\n',
      want: ['MultipleInstructionsDisallowed@3', 'JSONArgsRecommended@4'],
    },
    {
      name: '# dockerfile-studio ignore=A,B names several rules, ours included',
      input: 'FROM alpine\n# dockerfile-studio ignore=UnknownInstruction, JSONArgsRecommended\nRUNN x\n',
      want: [],
    },
    {
      name: 'a bare ignore turns every rule off there',
      input: 'FROM alpine\n# dockerfile-studio ignore\nCMD echo a\nCMD ["b"]\n',
      want: [],
    },
    {
      name: 'with other comments in the same block',
      input: 'FROM alpine\n# dockerfile-studio ignore=JSONArgsRecommended\n# why: legacy entrypoint\nCMD echo a\n',
      want: [],
    },
    {
      name: 'an unknown rule id is reported, and ignores nothing',
      input: 'FROM alpine\n# dockerfile-studio ignore=JSONArgsRecomended\nCMD echo a\n',
      want: ['InvalidIgnoreComment@2', 'JSONArgsRecommended@3'],
    },
    {
      name: 'a suppressed finding on a continuation line of the instruction',
      input: 'FROM alpine\n# dockerfile-studio ignore=UndefinedVar\nCOPY a \\\n  $nope /x/\n',
      want: [],
    },
  ],
);

void test('the ignore comment is ours, so BuildKit ids are not required in it: parser problems can be ignored too', () => {
  const text = 'FROM alpine\n# dockerfile-studio ignore=InvalidJSONArray\nCMD ["a", b]\n';
  assert.deepEqual(codesAndLines(check(text), ['InvalidJSONArray', 'InvalidIgnoreComment']), []);
});

void test("BUILDKIT_DOCKERFILE_CHECK replaces the file's # check= directive, as in BuildKit", () => {
  const text = '# check=skip=JSONArgsRecommended\nFROM alpine\nCMD echo a\n';
  assert.deepEqual(codesAndLines(check(text), ['JSONArgsRecommended']), []);
  const replaced = check(text, { buildArgs: { BUILDKIT_DOCKERFILE_CHECK: 'error=true' } });
  assert.deepEqual(
    replaced.filter((f) => f.code === 'JSONArgsRecommended').map((f) => f.severity),
    ['error'],
  );
});

void test('an unknown id close to a rule gets a fix that names the rule', () => {
  const text = 'FROM alpine\n# dockerfile-studio ignore=JSONArgsRecomended\nCMD echo a\n';
  const [finding] = check(text).filter((f) => f.code === 'InvalidIgnoreComment');
  assert.match(finding?.message ?? '', /Did you mean JSONArgsRecommended\?/);
  const edit = finding?.fixes?.[0]?.edits[0];
  assert.equal(edit?.newText, 'JSONArgsRecommended');
  assert.deepEqual(edit?.range, { start: { line: 1, character: 27 }, end: { line: 1, character: 45 } });
});
