// Golden tests: every folder under test/parser-cases holds a Dockerfile and the expected `result.json` dump (plus an
// optional `problems.json`); every folder under test/parser-cases-negative holds a Dockerfile and the problems it
// must produce. Adding a case means adding a folder.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parse } from '../../../core/parser/index';
import { dumpAst } from '../../../core/parser/dump';
import type { DockerfileAst } from '../../../core/parser/ast';

const root = join(__dirname, '..', '..');
const positive = join(root, 'parser-cases');
const negative = join(root, 'parser-cases-negative');

function caseNames(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true })
    .filter((entry) => entry.isDirectory())
    .map((entry) => entry.name)
    .sort();
}

function readJson(path: string): unknown {
  return JSON.parse(readFileSync(path, 'utf8')) as unknown;
}

function problemsOf(ast: DockerfileAst): { code: string; line: number }[] {
  return ast.problems.map((problem) => ({ code: problem.code, line: problem.range.start.line + 1 }));
}

void test('the golden folders hold enough cases', () => {
  assert.ok(caseNames(positive).length >= 40, 'positive cases');
  assert.ok(caseNames(negative).length >= 10, 'negative cases');
});

for (const name of caseNames(positive)) {
  void test(`parser case ${name}`, () => {
    const dir = join(positive, name);
    const ast = parse(readFileSync(join(dir, 'Dockerfile'), 'utf8'));
    assert.deepEqual(dumpAst(ast), readJson(join(dir, 'result.json')));
    const problemsFile = join(dir, 'problems.json');
    if (existsSync(problemsFile)) assert.deepEqual(problemsOf(ast), readJson(problemsFile));
    else
      assert.deepEqual(
        ast.problems.filter((p) => p.severity === 'error'),
        [],
        'no errors in a positive case',
      );
  });
}

for (const name of caseNames(negative)) {
  void test(`parser negative case ${name}`, () => {
    const dir = join(negative, name);
    const ast = parse(readFileSync(join(dir, 'Dockerfile'), 'utf8'));
    const expected = readJson(join(dir, 'problems.json'));
    assert.ok(Array.isArray(expected) && expected.length > 0, 'a negative case expects problems');
    assert.deepEqual(problemsOf(ast), expected);
  });
}
