// `check --format sarif` validates against the official SARIF 2.1.0 schema; `--format github` writes workflow commands.
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { after, describe, test } from 'node:test';
import Ajv2020 from 'ajv/dist/2020';
import addFormats from 'ajv-formats';
import { scratchFiles } from './cli-support';
import { runCliInProcess } from './fake-io';

const files = scratchFiles({
  Dockerfile: 'FROM alpine:3.20\nCMD echo a\nCMD ["b"]\nWORKDIR "app"\n',
  'no-from.Dockerfile': 'RUN echo hi\n',
  'odd, name:1.Dockerfile': 'FROM alpine:3.20\nLABEL a=%b\nWORKDIR x\n',
});
const schema = JSON.parse(readFileSync(join(__dirname, '../../fixtures/sarif/sarif-2.1.0.json'), 'utf8')) as object;

void describe('check output formats', () => {
  after(files.cleanup);

  void test('--format sarif is a valid SARIF 2.1.0 log, with every finding as a result', async () => {
    const run = await runCliInProcess(['check', '--format', 'sarif', 'Dockerfile', 'no-from.Dockerfile'], {
      cwd: files.dir,
    });
    assert.equal(run.code, 1, run.stderr);
    const log = JSON.parse(run.stdout) as { runs: { results: { ruleId: string; level: string }[] }[] };
    const ajv = new Ajv2020({ allErrors: true, strict: false });
    addFormats(ajv);
    const validate = ajv.compile(schema);
    assert.ok(validate(log), JSON.stringify(validate.errors, null, 2));
    const results = log.runs[0]?.results.map((r) => `${r.ruleId}:${r.level}`);
    assert.deepEqual(results, [
      'MultipleInstructionsDisallowed:warning',
      'JSONArgsRecommended:warning',
      'WorkdirRelativePath:warning',
      'NoFromInstruction:error',
    ]);
  });

  void test('the schema test can fail: a log without version is rejected', () => {
    const ajv = new Ajv2020({ strict: false });
    addFormats(ajv);
    assert.equal(ajv.validate(schema, { runs: [] }), false);
  });

  void test('--format github writes one annotation per finding, its data and properties escaped', async () => {
    const run = await runCliInProcess(['check', '--format', 'github', 'odd, name:1.Dockerfile'], { cwd: files.dir });
    assert.equal(run.code, 0, run.stderr);
    const lines = run.stdout.trim().split('\n');
    assert.equal(lines.length, 1, run.stdout);
    assert.match(
      lines[0] ?? '',
      /^::warning file=odd%2C name%3A1\.Dockerfile,line=3,col=9,endLine=3,endColumn=10,title=WorkdirRelativePath::WORKDIR "x" is relative/,
    );
  });

  void test('--format github marks errors as errors', async () => {
    const run = await runCliInProcess(['check', '--format', 'github', 'no-from.Dockerfile'], { cwd: files.dir });
    assert.equal(run.code, 1);
    assert.match(
      run.stdout,
      /^::error file=no-from\.Dockerfile,line=1,col=1,endLine=1,endColumn=4,title=NoFromInstruction::/,
    );
  });
});
