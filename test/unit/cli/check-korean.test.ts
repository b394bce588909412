// A Korean run of `check` over Dockerfiles that trigger every rule: each finding reads as Korean, with particles that
// fit the words before them and no English left in the sentence.
import assert from 'node:assert/strict';
import { join } from 'node:path';
import { before, test } from 'node:test';
import { rules } from '../../../core/rules';
import { koreanProblems } from '../../support/korean-text';
import { buildCli, runCli } from './cli-support';

const FIXTURES = join(__dirname, '../../fixtures/every-rule');
const FILES = ['every-rule.Dockerfile', 'before-from.Dockerfile', 'no-instructions.Dockerfile'];

/** Rules these files cannot trigger on their own, and why. */
const NOT_TRIGGERED: Record<string, string> = {
  InvalidBaseImagePlatform: "needs the base image's platform from the engine (its table test covers the Korean)",
  ShellCheck: "quotes ShellCheck's own English message after its SC code",
};

/** `file:line:col: severity Code: message` */
const FINDING = /^[^:]+:\d+:\d+: \w+ (\w+): (.*)$/;

before(buildCli);

void test('check --lang=ko reports every rule in Korean that reads right', () => {
  const run = runCli(['check', '--lang=ko', ...FILES.map((file) => join(FIXTURES, file))]);
  assert.equal(run.status, 1, run.stderr);
  const findings = run.stdout
    .trimEnd()
    .split('\n')
    .map((line) => FINDING.exec(line) ?? assert.fail(`not a finding: ${line}`));
  const reported = new Set(findings.map(([, code]) => code));
  const missing = rules.map((rule) => rule.id).filter((id) => !reported.has(id) && !(id in NOT_TRIGGERED));
  assert.deepEqual(missing, []);
  const wrong = findings.flatMap(([, code, text]) => koreanProblems(text ?? '').map((p) => `${code}: ${p}: ${text}`));
  assert.deepEqual(wrong, []);
  assert.match(run.stderr, /^오류 \d+개, 경고 \d+개를 찾았습니다\.\n$/);
});
