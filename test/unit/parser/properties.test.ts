// Properties over arbitrary text: parse (and checkDocument) never throw, and every range lies inside the document,
// under LF, CRLF and CR line endings.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import fc from 'fast-check';
import { parse } from '../../../core/parser/index';
import { checkDocument } from '../../../core/check';
import { FRAGMENTS } from '../../../fuzz/generators';
import { invariantViolation } from '../../../fuzz/invariants';

const endings = ['\n', '\r\n', '\r'] as const;

const anyText = fc.string({ unit: 'binary', maxLength: 300 });
const dockerish = fc.array(fc.constantFrom(...FRAGMENTS), { maxLength: 60 }).map((parts) => parts.join(''));

function holds(text: string): void {
  for (const eol of endings) {
    const input = text.replace(/\r\n|\r|\n/g, eol);
    const ast = parse(input);
    assert.equal(invariantViolation(input, ast, checkDocument(input)), undefined, JSON.stringify(input));
  }
}

void test('parse and checkDocument hold their invariants on arbitrary text', () => {
  fc.assert(fc.property(anyText, holds), { numRuns: 300 });
});

void test('parse and checkDocument hold their invariants on Dockerfile-ish text', () => {
  fc.assert(fc.property(dockerish, holds), { numRuns: 500 });
});

void test('the invariant check catches a range outside the document', () => {
  const ast = parse('FROM a');
  const outside = { range: { start: { line: 0, character: 0 }, end: { line: 0, character: 7 } } };
  assert.match(invariantViolation('FROM a', ast, [outside]) ?? '', /outside/);
});
