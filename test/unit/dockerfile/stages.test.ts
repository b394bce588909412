// Stage queries: the instructions before the first FROM, stage names, references between stages, and the stages a
// build of a target needs.
import assert from 'node:assert/strict';
import { test } from 'node:test';
import {
  isValidStageName,
  preambleOf,
  referencedStage,
  stageReferences,
  stagesNeeded,
  stagesUpTo,
} from '../../../core/dockerfile/stages';
import { parse } from '../../../core/parser/index';

const keywords = (instructions: { keyword: string }[]) => instructions.map((i) => i.keyword);
const indexes = (stages: { index: number }[]) => stages.map((s) => s.index);

void test('the preamble is everything before the first FROM, or the whole file without one', () => {
  assert.deepEqual(keywords(preambleOf(parse('ARG A\nARG B\nFROM a\nARG A\n'))), ['ARG', 'ARG']);
  assert.deepEqual(keywords(preambleOf(parse('FROM a\nRUN x\n'))), []);
  assert.deepEqual(keywords(preambleOf(parse('ENV A=1\nRUN x\n'))), ['ENV', 'RUN']);
});

void test("stage names follow BuildKit's rule, in any case", () => {
  const valid = ['build', 'Build', 'b2', 'a-b_c.d'];
  const invalid = ['1st', '-x', '_x', 'a b', 'a/b', 'a:b', ''];
  assert.deepEqual([...valid, ...invalid].map(isValidStageName), [
    ...valid.map(() => true),
    ...invalid.map(() => false),
  ]);
});

void test('stage references: --from and the from= field of --mount, with their ranges', () => {
  const ast = parse('FROM a AS x\nCOPY --from=x /a /b\nRUN --mount=type=bind,from=x,target=/t true\n');
  const refs = ast.instructions.flatMap(stageReferences).map((w) => [w.value, w.range.start.character]);
  assert.deepEqual(refs, [
    ['x', 12],
    ['x', 27],
  ]);
});

void test('a --from value is an earlier stage, by name (any case) or index, else an image', () => {
  const ast = parse('FROM a AS one\nFROM b AS two\nFROM c\n');
  const last = ast.stages[2];
  assert.ok(last);
  assert.deepEqual(
    ['ONE', '1', 'two', '2', 'alpine'].map((ref) => referencedStage(ast, ref, last)?.index),
    [0, 1, 1, undefined, undefined],
  );
  const first = ast.stages[0];
  assert.ok(first);
  assert.equal(referencedStage(ast, 'two', first), undefined, 'a later stage is not a reference');
});

void test('a build goes through every stage up to its target (classic) or only the stages it needs', () => {
  const ast = parse(
    [
      'FROM base AS unused',
      'FROM base AS tools',
      'FROM scratch AS files',
      'FROM tools AS app',
      'COPY --from=files / /',
      'FROM base AS other',
      'RUN --mount=from=app,target=/a true',
      'FROM base AS after',
    ].join('\n'),
  );
  assert.deepEqual(indexes(stagesUpTo(ast, 'app')), [0, 1, 2, 3]);
  assert.deepEqual(indexes(stagesUpTo(ast, undefined)), [0, 1, 2, 3, 4, 5]);
  assert.deepEqual(indexes(stagesNeeded(ast, 'app')), [1, 2, 3]);
  assert.deepEqual(indexes(stagesNeeded(ast, 'other')), [1, 2, 3, 4]);
  assert.deepEqual(indexes(stagesNeeded(ast, undefined)), [5]);
  assert.deepEqual(indexes(stagesNeeded(ast, 'missing')), [5], 'an unknown target builds the last stage');
  assert.deepEqual(indexes(stagesNeeded(parse('RUN x\n'), undefined)), []);
});
