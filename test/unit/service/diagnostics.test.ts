import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { DiagnosticSeverity } from 'vscode-languageserver';
import { getCodeActions, getDiagnostics, normalizeSettings, parseDocument } from '../../../server/service/index';
import { DEFAULT_MAX_FILE_SIZE } from '../../../server/service/settings';
import { applyEdits } from './support';

const TWO_CMDS = 'FROM alpine\nCMD ["echo", "a"]\nCMD ["echo", "hello"]\n';

void test('diagnostics: findings become LSP diagnostics with code, rule link and source', () => {
  const diagnostics = getDiagnostics(parseDocument(TWO_CMDS));
  const multiple = diagnostics.find((d) => d.code === 'MultipleInstructionsDisallowed');
  assert.ok(multiple, JSON.stringify(diagnostics));
  assert.equal(multiple.source, 'Dockerfile Studio');
  assert.equal(multiple.severity, DiagnosticSeverity.Warning);
  assert.equal(multiple.range.start.line, 1);
  assert.match(multiple.codeDescription?.href ?? '', /^https:\/\//);
});

void test('diagnostics: the missing FROM is an error, in English and Korean', () => {
  const english = getDiagnostics(parseDocument('RUN echo hi\n'), { locale: 'en' });
  const korean = getDiagnostics(parseDocument('RUN echo hi\n'), { locale: 'ko' });
  assert.ok(english.some((d) => d.severity === DiagnosticSeverity.Error));
  assert.equal(english.length, korean.length);
  assert.notEqual(english[0]?.message, korean[0]?.message);
  assert.match(korean.map((d) => d.message as string).join('\n'), /[가-힣]/);
});

const settings: { name: string; raw: unknown; want: Record<string, string> }[] = [
  {
    name: 'severities and off',
    raw: { rules: { MultipleInstructionsDisallowed: 'error', Other: 'off' } },
    want: { MultipleInstructionsDisallowed: 'error', Other: 'off' },
  },
  { name: 'aliases and case', raw: { rules: { A: 'Ignore', B: 'information' } }, want: { A: 'off', B: 'info' } },
  {
    name: 'on, all and hadolint codes',
    raw: { rules: { all: 'on', DL3008: 'off' } },
    want: { all: 'on', DL3008: 'off' },
  },
  { name: 'junk ignored', raw: { rules: { A: 3, B: 'loud' } }, want: {} },
  { name: 'no settings', raw: null, want: {} },
];

for (const { name, raw, want } of settings) {
  void test(`settings: ${name}`, () => assert.deepEqual(normalizeSettings(raw).severities, want));
}

void test('diagnostics: at most 1,000 go to the editor, and one note says how many more there are', () => {
  const document = parseDocument(`FROM alpine:3.20\n${'EXPOSE http\n'.repeat(1500)}`);
  const english = getDiagnostics(document);
  assert.equal(english.length, 1001);
  assert.deepEqual(english.at(-1)?.range.start, { line: 0, character: 0 });
  assert.match(
    (english.at(-1)?.message as string | undefined) ?? '',
    /^500 more problems are not shown: the editor gets the first 1000/,
  );
  assert.match(
    (getDiagnostics(document, { locale: 'ko' }).at(-1)?.message as string | undefined) ?? '',
    /^문제 500개는 표시하지 않았습니다/,
  );
});

void test("settings: validation.maxFileSize is read, junk keeps the default, and the default is the manifest's", () => {
  assert.equal(normalizeSettings({ validation: { maxFileSize: 5000 } }).maxFileSize, 5000);
  for (const junk of [-1, '5000', Number.NaN, null]) {
    assert.equal(normalizeSettings({ validation: { maxFileSize: junk } }).maxFileSize, DEFAULT_MAX_FILE_SIZE);
  }
  const manifest = JSON.parse(readFileSync(join(__dirname, '../../../package.json'), 'utf8')) as {
    contributes: { configuration: { properties: Record<string, { default?: unknown }> } };
  };
  const setting = manifest.contributes.configuration.properties['dockerfileStudio.validation.maxFileSize'];
  assert.equal(setting?.default, DEFAULT_MAX_FILE_SIZE);
});

void test('diagnostics: rule severities from settings apply', () => {
  const document = parseDocument(TWO_CMDS);
  const asError = getDiagnostics(document, { severities: { MultipleInstructionsDisallowed: 'error' } });
  assert.equal(asError.find((d) => d.code === 'MultipleInstructionsDisallowed')?.severity, DiagnosticSeverity.Error);
  const off = getDiagnostics(document, { severities: { MultipleInstructionsDisallowed: 'off' } });
  assert.ok(!off.some((d) => d.code === 'MultipleInstructionsDisallowed'));
});

void test('code actions: "disable this rule" writes a check directive that silences the rule', () => {
  const document = parseDocument(TWO_CMDS);
  const actions = getCodeActions(document, { start: { line: 1, character: 0 }, end: { line: 1, character: 3 } });
  const disable = actions.find((a) => a.title.startsWith('Disable MultipleInstructionsDisallowed in this file'));
  assert.ok(disable, JSON.stringify(actions.map((a) => a.title)));
  const fixed = applyEdits(TWO_CMDS, disable.edit?.changes?.[document.uri] ?? []);
  assert.ok(fixed.startsWith('# check=skip=MultipleInstructionsDisallowed\n'));
  assert.ok(!getDiagnostics(parseDocument(fixed)).some((d) => d.code === 'MultipleInstructionsDisallowed'));
});

void test('code actions: an existing check directive gains the rule in its skip list', () => {
  const text = `# check=skip=JSONArgsRecommended\n${TWO_CMDS}`;
  const document = parseDocument(text);
  const actions = getCodeActions(document, { start: { line: 2, character: 0 }, end: { line: 2, character: 3 } });
  const disable = actions.find((a) => a.title.startsWith('Disable MultipleInstructionsDisallowed'));
  assert.ok(disable);
  const fixed = applyEdits(text, disable.edit?.changes?.[document.uri] ?? []);
  assert.ok(fixed.startsWith('# check=skip=JSONArgsRecommended,MultipleInstructionsDisallowed\n'), fixed);
});

void test('code actions: "ignore this rule here" writes the comment above the instruction, and the finding goes', () => {
  const text = 'FROM alpine\n  CMD echo a\nRUNN x\n';
  const document = parseDocument(text);
  const titles = (line: number) =>
    getCodeActions(document, { start: { line, character: 0 }, end: { line, character: 20 } }).filter((a) =>
      a.title.startsWith('Ignore'),
    );
  const [buildCheck] = titles(1);
  assert.equal(buildCheck?.title, 'Ignore JSONArgsRecommended here (# check=skip=JSONArgsRecommended)');
  const fixed = applyEdits(text, buildCheck?.edit?.changes?.[document.uri] ?? []);
  assert.equal(fixed, 'FROM alpine\n  # check=skip=JSONArgsRecommended\n  CMD echo a\nRUNN x\n');
  assert.ok(!getDiagnostics(parseDocument(fixed)).some((d) => d.code === 'JSONArgsRecommended'));
  const [ours] = titles(2);
  assert.equal(ours?.title, 'Ignore UnknownInstruction here (# dockerfile-studio ignore=UnknownInstruction)');
  const fixedOurs = applyEdits(text, ours?.edit?.changes?.[document.uri] ?? []);
  assert.ok(!getDiagnostics(parseDocument(fixedOurs)).some((d) => d.code === 'UnknownInstruction'));
});

void test('code actions: "ignore here" for a ShellCheck finding names its SC code, and only that code goes', () => {
  const text = 'FROM alpine\nRUN echo $x $y\n';
  const at = (line: number, character: number) => ({
    start: { line, character },
    end: { line, character: character + 2 },
  });
  /** SC2086 on `$x` and SC2154 on `$y` of the RUN on `line`. */
  const notesOn = (line: number) => ({
    shell: {
      shellcheck: [
        { code: 2086, level: 'info' as const, message: 'm', range: at(line, 9) },
        { code: 2154, level: 'info' as const, message: 'm', range: at(line, 12) },
      ],
    },
  });
  const document = parseDocument(text);
  const actions = getCodeActions(document, at(1, 9), notesOn(1)).filter((a) => a.title.startsWith('Ignore'));
  assert.deepEqual(
    actions.map((a) => a.title),
    ['Ignore SC2086 here (# dockerfile-studio ignore=SC2086)'],
  );
  const fixed = applyEdits(text, actions[0]?.edit?.changes?.[document.uri] ?? []);
  assert.equal(fixed, 'FROM alpine\n# dockerfile-studio ignore=SC2086\nRUN echo $x $y\n');
  const left = getDiagnostics(parseDocument(fixed), notesOn(2)).filter((d) => d.code === 'ShellCheck');
  assert.deepEqual(
    left.map((d) => d.range.start.character),
    [12],
  );
});

void test("code actions: the rules' own fixes are offered as preferred quick fixes", () => {
  const text = 'FROM alpine\nCMD ["echo", "a"]\nCMD ["echo", "b"]\n';
  const document = parseDocument(text);
  const everything = { start: { line: 0, character: 0 }, end: { line: 3, character: 0 } };
  const findings = document.findings({}).filter((f) => f.fixes?.length);
  assert.ok(findings.length > 0, 'expected a finding with a fix');
  const actions = getCodeActions(document, everything);
  for (const finding of findings) {
    assert.ok(
      actions.some((a) => a.title === finding.fixes?.[0]?.title && a.isPreferred),
      finding.code,
    );
  }
});
