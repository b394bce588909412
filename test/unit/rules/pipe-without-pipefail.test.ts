import assert from 'node:assert/strict';
import { test } from 'node:test';
import { check, ruleTable } from './helper';
import { shellOptions as options } from './shell-helper';

ruleTable('PipeWithoutPipefail', [
  {
    name: 'curl | sh',
    input: 'FROM debian\nRUN curl -fsSL https://example.com/i.sh | sh\n',
    want: ['PipeWithoutPipefail@2'],
    options,
  },
  {
    name: 'set -o pipefail first',
    input: 'FROM debian\nRUN set -o pipefail && curl -fsSL https://example.com/i.sh | sh\n',
    want: [],
    options,
  },
  { name: 'set -euo pipefail', input: 'FROM debian\nRUN set -euo pipefail; curl x | sh\n', want: [], options },
  {
    name: 'SHELL with pipefail',
    input: 'FROM debian\nSHELL ["/bin/bash", "-o", "pipefail", "-c"]\nRUN curl x | sh\n',
    want: [],
    options,
  },
  {
    name: 'pipefail set after the pipe does not count',
    input: 'FROM debian\nRUN curl x | sh; set -o pipefail\n',
    want: ['PipeWithoutPipefail@2'],
    options,
  },
  { name: 'echo feeding tee', input: 'FROM debian\nRUN echo "deb x" | tee /etc/apt/x.list\n', want: [], options },
  { name: 'no pipe', input: 'FROM debian\nRUN curl -o x https://example.com/x\n', want: [], options },
  { name: 'CMD is not a build step', input: 'FROM debian\nCMD curl x | sh\n', want: [], options },
  { name: '|| is no pipe', input: 'FROM debian\nRUN false || true\n', want: [], options },
]);

void test('PipeWithoutPipefail suggests bash when /bin/sh is dash, set -o pipefail under bash', () => {
  const dash = check('FROM debian\nRUN curl x | sh\n', options).find((f) => f.code === 'PipeWithoutPipefail');
  assert.match(dash?.message ?? '', /may not support pipefail/);
  const bash = check('FROM debian\nSHELL ["/bin/bash", "-c"]\nRUN curl x | sh\n', options).find(
    (f) => f.code === 'PipeWithoutPipefail',
  );
  assert.match(bash?.message ?? '', /set -o pipefail &&/);
  assert.deepEqual(bash?.range, { start: { line: 2, character: 4 }, end: { line: 2, character: 15 } });
});
