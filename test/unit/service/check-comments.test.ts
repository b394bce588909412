// Per-instruction check comments survive the server's incremental parse (regression: a `# check=skip=` line at the
// top of the re-parsed window was read as a parser directive, so the warning it skips stayed).
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { DocumentStore } from '../../../server/documents';

const uri = 'file:///project/Dockerfile';

for (const comment of [
  '# check=skip=JSONArgsRecommended',
  '# dockerfile-studio ignore=JSONArgsRecommended',
  '# hadolint ignore=DL3025',
]) {
  void test(`typing "${comment}" above the instruction silences it, after an incremental parse`, () => {
    const store = new DocumentStore();
    store.open(uri, 1, 'FROM alpine:3.20\nCMD echo hello\n');
    assert.deepEqual(
      store
        .get(uri)
        ?.findings()
        .map((f) => f.code),
      ['JSONArgsRecommended'],
    );
    const at = { line: 1, character: 0 };
    store.update(uri, 2, [{ range: { start: at, end: at }, text: `${comment}\n` }]);
    const document = store.get(uri);
    assert.deepEqual(document?.findings(), []);
    assert.equal(document?.ast.comments.length, 1);
  });
}

void test('the same under the backtick escape directive', () => {
  const store = new DocumentStore();
  store.open(uri, 1, '# escape=`\nFROM alpine:3.20\nCMD echo hello\n');
  store.get(uri)?.findings();
  const at = { line: 2, character: 0 };
  store.update(uri, 2, [{ range: { start: at, end: at }, text: '# check=skip=JSONArgsRecommended\n' }]);
  assert.deepEqual(store.get(uri)?.findings(), []);
});
