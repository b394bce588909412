// Hostile inputs stay bounded: huge lines of variables, a million instructions, megabytes of NULs, huge unknown
// words and names. Each once took tens of seconds or gigabytes; the bounds here are far above what they take now.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { setFlagsFromString } from 'node:v8';
import { runInNewContext } from 'node:vm';
import { parse } from '../../../core/parser/index';
import { checkDocument } from '../../../core/check';

setFlagsFromString('--expose-gc');
const gc = runInNewContext('gc') as () => void;

/** Heap bytes still held after `make` returns, with what it returned alive. */
function retainedBytes(make: () => unknown): { bytes: number; result: unknown } {
  gc();
  const before = process.memoryUsage().heapUsed;
  const result = make();
  gc();
  return { bytes: process.memoryUsage().heapUsed - before, result };
}

function seconds(run: () => unknown): number {
  const started = performance.now();
  run();
  return (performance.now() - started) / 1000;
}

void test('a 10 MB line of $a parses without building its five million references', () => {
  const text = Buffer.from(`RUN ${'$a'.repeat(5_000_000)}`).toString(); // flat, as a file read is
  const { bytes, result } = retainedBytes(() => parse(text));
  const ast = result as ReturnType<typeof parse>;
  assert.equal(ast.instructions.length, 1);
  assert.ok(bytes < 1_000_000, `parse kept ${bytes} bytes`);
  // Checking it never reads the shell's variables either (it took 33 s and 1.9 GB).
  assert.ok(seconds(() => checkDocument(text)) < 5);
});

void test('references are still all found when read', () => {
  const ast = parse(`RUN ${'$a '.repeat(100_000)}`);
  const variables = ast.instructions[0]?.variables ?? [];
  assert.equal(variables.length, 100_000);
  assert.deepEqual(variables[99_999]?.range, {
    start: { line: 0, character: 4 + 3 * 99_999 },
    end: { line: 0, character: 6 + 3 * 99_999 },
  });
});

void test('a million RUN lines cost under a kilobyte each', () => {
  const lines = 1_000_000;
  const text = `FROM alpine\n${'RUN echo hi\n'.repeat(lines)}`;
  const { bytes, result } = retainedBytes(() => parse(text));
  assert.equal((result as ReturnType<typeof parse>).instructions.length, lines + 1);
  assert.ok(bytes / lines < 1000, `${Math.round(bytes / lines)} bytes per line`);
});

void test('100 MB of NULs is one unknown instruction, checked without running out of memory', () => {
  const text = '\0'.repeat(100_000_000);
  const findings = checkDocument(text);
  assert.deepEqual(findings.map((finding) => finding.code).sort(), ['NoFromInstruction', 'UnknownInstruction']);
});

void test('a 1 MB unknown word gets no did-you-mean, quickly', () => {
  const text = `FROM alpine\n${'x'.repeat(1_000_000)} y\n`;
  let codes: string[] = [];
  assert.ok(seconds(() => (codes = checkDocument(text).map((finding) => finding.code))) < 5);
  assert.ok(codes.includes('UnknownInstruction'));
});

void test('sixty undefined 300-character names are compared in a band, quickly', () => {
  const name = (letter: string, i: number): string => `${letter.repeat(298)}${String(i).padStart(2, '0')}`;
  const lines = Array.from({ length: 60 }, (_, i) => `ENV ${name('D', i)}=1\nCOPY $${name('U', i)} /x\n`);
  const text = `FROM scratch\n${lines.join('')}`;
  assert.ok(text.length > 37_000);
  let undefinedVars = 0;
  const took = seconds(() => {
    undefinedVars = checkDocument(text).filter((finding) => finding.code === 'UndefinedVar').length;
  });
  assert.equal(undefinedVars, 60);
  assert.ok(took < 5, `${took} s`);
});
