// The language service with the shell parser: the failures of the issue as diagnostics on their line and column.
import assert from 'node:assert/strict';
import { before, test } from 'node:test';
import { getCodeActions, getDiagnostics, parseDocument } from '../../../server/service/index';
import { loadNodeShellParser } from '../../../core/node/shell-wasm';
import type { ShellParser } from '../../../core/shell';

const FAILURES =
  'FROM debian:12\r\nRUN apt-get update && \\\r\n    apt-get install curl\r\nRUN if [ -f x ]; then echo yes\r\nRUN cd /app\r\nRUN curl -fsSL https://example.com/i.sh | sh\r\n';
let parser: ShellParser;

before(async () => {
  parser = await loadNodeShellParser();
});

void test('shell diagnostics: each failure on its line and column, across CRLF and a continuation', () => {
  const diagnostics = getDiagnostics(parseDocument(FAILURES), { shell: { parser } });
  const at = (code: string): string[] =>
    diagnostics.filter((d) => d.code === code).map((d) => `${d.range.start.line + 1}:${d.range.start.character + 1}`);
  assert.deepEqual(at('InstallWithoutYes'), ['3:5']);
  assert.deepEqual(at('ShellSyntaxError'), ['4:5']);
  assert.deepEqual(at('CdInsteadOfWorkdir'), ['5:5']);
  assert.deepEqual(at('PipeWithoutPipefail'), ['6:5']);
  assert.equal(diagnostics.find((d) => d.code === 'ShellSyntaxError')?.severity, 1);
});

void test('shell diagnostics: without the parser the shell rules stay silent', () => {
  const codes = getDiagnostics(parseDocument(FAILURES)).map((d) => d.code);
  assert.ok(!codes.includes('ShellSyntaxError') && !codes.includes('InstallWithoutYes'), codes.join(', '));
});

void test('shell diagnostics: the -y quick fix is offered as a code action', () => {
  const document = parseDocument(FAILURES);
  const range = { start: { line: 2, character: 4 }, end: { line: 2, character: 19 } };
  const actions = getCodeActions(document, range, { shell: { parser } });
  const yes = actions.find((action) => action.title === 'Add -y');
  assert.deepEqual(yes?.edit?.changes?.[document.uri]?.[0]?.newText, ' -y');
});
