// Shared table runner for rule tests: each case is `{ name, input, want }`, want = the rule's findings as `Code@line`.
// Cases without findings also run through whitespace, tab, `\`-newline and CRLF variants, which must stay clean;
// every case runs under CRLF, where findings must not move.
import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { parse } from '../../../core/parser';
import { validate, type Finding, type ValidateOptions } from '../../../core/rules';
import { koreanProblems } from '../../support/korean-text';

export interface RuleCase {
  name: string;
  input: string;
  /** `Code@line` (1-based) for each finding of the rule under test, in document order. */
  want: string[];
  options?: ValidateOptions;
  /** Skip the whitespace and continuation variants (heredocs, escape directives, text that depends on spacing). */
  noVariants?: boolean;
}

export function check(text: string, options: ValidateOptions = {}): Finding[] {
  return validate(parse(text), { text, ...options });
}

export function codesAndLines(findings: Finding[], codes: readonly string[]): string[] {
  return findings.filter((f) => codes.includes(f.code)).map((f) => `${f.code}@${f.range.start.line + 1}`);
}

/** Runs the table for the rule (or rules) under test. */
export function ruleTable(codes: string | readonly string[], cases: RuleCase[]): void {
  const ids = typeof codes === 'string' ? [codes] : codes;
  void describe(ids.join(', '), () => {
    for (const c of cases) {
      void test(c.name, () => {
        const findings = check(c.input, c.options);
        assert.deepEqual(codesAndLines(findings, ids), c.want);
        assertWellFormed(c.input, findings);
        assertKorean(check(c.input, { ...c.options, locale: 'ko' }));
        const crlf = c.input.replace(/\r?\n/g, '\r\n');
        assert.deepEqual(codesAndLines(check(crlf, c.options), ids), c.want, 'CRLF variant');
        if (c.want.length === 0 && !c.noVariants) {
          for (const [label, variant] of variants(c.input)) {
            assert.deepEqual(codesAndLines(check(variant, c.options), ids), [], `${label} variant:\n${variant}`);
          }
        }
      });
    }
  });
}

function assertWellFormed(text: string, findings: Finding[]): void {
  const lines = text.split(/\r\n|\r|\n/);
  for (const f of findings) {
    assert.ok(f.message.length > 0, `${f.code} has a message`);
    assert.doesNotMatch(f.message, /(?<!\$)\{\w+\}/, `${f.code} has every placeholder filled: ${f.message}`);
    assert.ok(
      f.range.start.line < lines.length && f.range.end.line < lines.length,
      `${f.code} range inside the document`,
    );
  }
}

/** Every message and fix title the case produces exists in Korean (an English fallback would show here). */
function assertKorean(findings: Finding[]): void {
  for (const f of findings) {
    assert.deepEqual(koreanProblems(f.message), [], `${f.code}: ${f.message}`);
    for (const fix of f.fixes ?? []) assert.match(fix.title, /[가-힣]/, `${f.code} fix title in Korean: ${fix.title}`);
  }
}

/** rcjsuen-style variants of a clean document: leading/trailing whitespace, tabs, a `\`-newline after each keyword. */
export function variants(text: string): [string, string][] {
  const lines = text.split('\n');
  const isInstruction = (line: string, i: number): boolean =>
    /^[A-Za-z]+ \S/.test(line) && !(lines[i - 1] ?? '').trimEnd().endsWith('\\');
  return [
    ['indented', lines.map((l, i) => (isInstruction(l, i) ? `  ${l}` : l)).join('\n')],
    ['tab', lines.map((l, i) => (isInstruction(l, i) ? l.replace(' ', '\t') : l)).join('\n')],
    ['trailing space', lines.map((l, i) => (isInstruction(l, i) && !l.endsWith('\\') ? `${l} ` : l)).join('\n')],
    ['continuation', lines.map((l, i) => (isInstruction(l, i) ? l.replace(' ', ' \\\n    ') : l)).join('\n')],
  ];
}
