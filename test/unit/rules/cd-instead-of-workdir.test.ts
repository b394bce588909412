import assert from 'node:assert/strict';
import { test } from 'node:test';
import { check, ruleTable } from './helper';
import { shellOptions as options } from './shell-helper';

ruleTable('CdInsteadOfWorkdir', [
  { name: 'cd alone', input: 'FROM debian\nRUN cd /app\n', want: ['CdInsteadOfWorkdir@2'], options },
  {
    name: 'cd then make: the cd is used within the RUN',
    input: 'FROM debian\nRUN cd /src && make\n',
    want: [],
    options,
  },
  { name: 'make then cd', input: 'FROM debian\nRUN make && cd /out\n', want: ['CdInsteadOfWorkdir@2'], options },
  { name: 'in a subshell', input: 'FROM debian\nRUN (cd /src && make)\n', want: [], options },
  { name: 'in $( )', input: 'FROM debian\nRUN echo "$(cd /src && pwd)"\n', want: [], options },
  { name: 'cd as a word', input: 'FROM debian\nRUN echo cd /app\n', want: [], options },
  { name: 'WORKDIR', input: 'FROM debian\nWORKDIR /app\n', want: [], options },
]);

void test('CdInsteadOfWorkdir says a final cd does nothing, and turns RUN cd /app into WORKDIR /app', () => {
  const findings = check('FROM debian\nRUN cd /app\n', options).filter((f) => f.code === 'CdInsteadOfWorkdir');
  assert.match(findings[0]?.message ?? '', /last thing/);
  assert.deepEqual(findings[0]?.range, { start: { line: 1, character: 4 }, end: { line: 1, character: 11 } });
  assert.deepEqual(findings[0]?.fixes?.[0]?.edits[0], {
    range: { start: { line: 1, character: 0 }, end: { line: 1, character: 11 } },
    newText: 'WORKDIR /app',
  });
  const chained = check('FROM debian\nRUN make && cd /out\n', options).find((f) => f.code === 'CdInsteadOfWorkdir');
  assert.match(chained?.message ?? '', /last thing/);
  assert.deepEqual(chained?.fixes, undefined, 'no WORKDIR fix when the RUN does more than cd');
});
