import assert from 'node:assert/strict';
import { test } from 'node:test';
import { check, ruleTable } from './helper';

ruleTable('AddInsteadOfCopy', [
  { name: 'local file', input: 'FROM alpine\nADD app.py /app/\n', want: ['AddInsteadOfCopy@2'] },
  { name: 'local archive is unpacked', input: 'FROM alpine\nADD rootfs.tar.gz /\n', want: [] },
  {
    name: 'URL without checksum',
    input: 'FROM alpine\nADD https://example.com/x.tgz /tmp/\n',
    want: ['AddInsteadOfCopy@2'],
  },
  {
    name: 'URL with checksum',
    input: `FROM alpine\nADD --checksum=sha256:${'a'.repeat(64)} https://example.com/x.tgz /tmp/\n`,
    want: [],
  },
  { name: 'git repository', input: 'FROM alpine\nADD https://github.com/a/b.git#v1 /src\n', want: [] },
  { name: 'COPY', input: 'FROM alpine\nCOPY app.py /app/\n', want: [] },
  { name: 'heredoc', input: 'FROM alpine\nADD <<EOF /x\nhi\nEOF\n', want: [], noVariants: true },
]);

void test('AddInsteadOfCopy changes the keyword to COPY, in the case it was written', () => {
  const upper = check('FROM alpine\nADD app.py /app/\n').find((f) => f.code === 'AddInsteadOfCopy');
  assert.deepEqual(upper?.fixes?.[0]?.edits[0], {
    range: { start: { line: 1, character: 0 }, end: { line: 1, character: 3 } },
    newText: 'COPY',
  });
  const lower = check('FROM alpine\nadd app.py /app/\n').find((f) => f.code === 'AddInsteadOfCopy');
  assert.equal(lower?.fixes?.[0]?.edits[0]?.newText, 'copy');
});
