import { test } from 'node:test';
import assert from 'node:assert/strict';
import fc from 'fast-check';
import {
  getSemanticTokens,
  getSemanticTokensRange,
  parseDocument,
  SemanticTokensHistory,
} from '../../../server/service/index';
import { tokenEdits } from '../../../server/service/semantic-tokens-delta';

/** Absolute tokens, `line:start:length:type:modifiers`, from LSP's relative encoding. */
function absolute(data: readonly number[]): string[] {
  const out: string[] = [];
  let line = 0;
  let start = 0;
  for (let i = 0; i + 4 < data.length; i += 5) {
    const [deltaLine = 0, deltaStart = 0, length, type, modifiers] = data.slice(i, i + 5);
    line += deltaLine;
    start = deltaLine === 0 ? start + deltaStart : deltaStart;
    out.push(`${line}:${start}:${length}:${type}:${modifiers}`);
  }
  return out;
}

const TEXT = [
  '# syntax=docker/dockerfile:1',
  'ARG V=1',
  'FROM golang AS build',
  '# a comment',
  'RUN echo "v=$V" \\',
  '  && make',
  'COPY <<EOF /x',
  'body $V',
  'EOF',
  'FROM alpine',
  'COPY --from=build /a /a',
  'ONBUILD RUN echo $HOME',
].join('\n');

void test('semantic tokens by range: exactly the full tokens on the range lines, for every window', () => {
  const document = parseDocument(TEXT);
  const full = absolute(getSemanticTokens(document).data);
  const lineCount = document.lines.lineCount;
  for (let first = 0; first < lineCount; first++) {
    for (let last = first; last < lineCount; last++) {
      const range = { start: { line: first, character: 0 }, end: { line: last, character: 3 } };
      const want = full.filter((token) => {
        const line = Number(token.split(':')[0]);
        return line >= first && line <= last;
      });
      assert.deepEqual(absolute(getSemanticTokensRange(document, range).data), want, `lines ${first}–${last}`);
    }
  }
});

function applyTokenEdits(before: readonly number[], edits: ReturnType<typeof tokenEdits>): number[] {
  const after = [...before];
  for (const edit of [...edits].reverse()) after.splice(edit.start, edit.deleteCount, ...(edit.data ?? []));
  return after;
}

void test('semantic token edits turn the old tokens into the new ones', () => {
  fc.assert(
    fc.property(fc.array(fc.nat(5), { maxLength: 30 }), fc.array(fc.nat(5), { maxLength: 30 }), (before, after) => {
      assert.deepEqual(applyTokenEdits(before, tokenEdits(before, after)), after);
    }),
  );
  assert.deepEqual(tokenEdits([1, 2, 3], [1, 2, 3]), []);
  assert.deepEqual(tokenEdits([1, 2, 3, 4], [1, 9, 4]), [{ start: 1, deleteCount: 2, data: [9] }]);
});

void test('semantic token history: a delta against the last result, all tokens for an unknown or forgotten one', () => {
  const history = new SemanticTokensHistory();
  const before = getSemanticTokens(parseDocument('FROM a\nRUN x\n'));
  const after = getSemanticTokens(parseDocument('FROM a\nRUN $X\n'));
  const first = history.full('u', before);
  const delta = history.delta('u', first.resultId ?? '', after);
  assert.ok('edits' in delta, 'a delta for the id just sent');
  assert.deepEqual(applyTokenEdits(before.data, delta.edits), after.data);
  assert.notEqual(delta.resultId, first.resultId);
  assert.ok('data' in history.delta('u', first.resultId ?? '', after), 'an old id gets all tokens');
  history.forget('u');
  assert.ok('data' in history.delta('u', delta.resultId ?? '', after), 'a forgotten document gets all tokens');
});
