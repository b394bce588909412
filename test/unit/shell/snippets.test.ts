// Shell snippets: the text the shell receives and the map back to the Dockerfile, as BuildKit prepares it.
import assert from 'node:assert/strict';
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { test } from 'node:test';
import { parse } from '../../../core/parser';
import { shellSnippets, type ShellSnippet } from '../../../core/shell';

function snippets(text: string): ShellSnippet[] {
  return shellSnippets(parse(text));
}

/** Every character of the snippet sits at its mapped place in the Dockerfile (line breaks the builder adds aside). */
function assertMapsBack(text: string, snippet: ShellSnippet): void {
  const lines = text.split(/\r\n|\r|\n/);
  const shell = snippet.text.text;
  for (let j = 0; j < shell.length; j++) {
    if (shell[j] === '\n') continue;
    const { start } = snippet.text.range(j, j + 1);
    assert.equal(lines[start.line]?.[start.character], shell[j], `offset ${j} of ${JSON.stringify(shell)}`);
  }
}

const CASES: { name: string; text: string; want: string[] }[] = [
  { name: 'shell-form RUN', text: 'FROM debian\nRUN echo hi\n', want: ['run sh echo hi'] },
  {
    name: 'continuations join, comment and blank lines inside are dropped',
    text: 'FROM debian\nRUN echo a && \\\n  # note\n\n  echo b\n',
    want: ['run sh echo a &&   echo b'],
  },
  { name: 'CRLF', text: 'FROM debian\r\nRUN echo a \\\r\n  b\r\n', want: ['run sh echo a   b'] },
  { name: 'backtick escape', text: '# escape=`\nFROM debian\nRUN echo a\\b `\n  c\n', want: ['run sh echo a\\b   c'] },
  { name: 'flags are not the command', text: 'FROM debian\nRUN --network=none echo hi\n', want: ['run sh echo hi'] },
  { name: 'exec form is no snippet', text: 'FROM debian\nRUN ["echo", "hi"]\n', want: [] },
  {
    name: 'shell-form CMD and ENTRYPOINT',
    text: 'FROM debian\nCMD a\nENTRYPOINT b\n',
    want: ['cmd sh a', 'entrypoint sh b'],
  },
  {
    name: 'HEALTHCHECK CMD',
    text: 'FROM debian\nHEALTHCHECK --interval=5s CMD curl -f x\n',
    want: ['healthcheck sh curl -f x'],
  },
  { name: 'ONBUILD RUN', text: 'FROM debian\nONBUILD RUN make\n', want: ['run sh make'] },
  { name: 'bash after SHELL', text: 'FROM debian\nSHELL ["/bin/bash", "-c"]\nRUN a\n', want: ['run bash a'] },
  { name: 'env bash', text: 'FROM debian\nSHELL ["/usr/bin/env", "bash", "-c"]\nRUN a\n', want: ['run bash a'] },
  { name: 'PowerShell is skipped', text: 'FROM debian\nSHELL ["pwsh", "-c"]\nRUN a\n', want: [] },
  { name: 'Windows image is skipped', text: 'FROM mcr.microsoft.com/windows/nanoserver\nRUN dir\n', want: [] },
  {
    name: 'SHELL carries to a stage built on this one, not to others',
    text: 'FROM debian AS a\nSHELL ["bash", "-c"]\nFROM a\nRUN x\nFROM debian\nRUN y\n',
    want: ['run bash x', 'run sh y'],
  },
  { name: 'before FROM is no stage', text: 'RUN a\nFROM debian\n', want: [] },
  {
    name: 'RUN <<EOF: the body under the default shell, tabs stripped for <<-',
    text: 'FROM debian\nRUN <<-EOF\n\techo a\n\techo b\n\tEOF\n',
    want: ['heredoc sh echo a\necho b\n'],
  },
  {
    name: 'RUN <<EOF with a shebang runs that interpreter',
    text: 'FROM debian\nRUN <<EOF\n#!/bin/bash\necho a\nEOF\n',
    want: ['heredoc bash #!/bin/bash\necho a\n'],
  },
  { name: 'python heredoc is no snippet', text: 'FROM debian\nRUN <<EOF\n#!/usr/bin/python3\nx\nEOF\n', want: [] },
  {
    name: 'a command with heredocs: command, then each body and delimiter',
    text: 'FROM debian\nRUN cat <<A > /a && cat <<B > /b\none\nA\ntwo\nB\n',
    want: ['run sh cat <<A > /a && cat <<B > /b\none\nA\ntwo\nB'],
  },
  { name: 'unterminated heredoc is skipped', text: 'FROM debian\nRUN cat <<EOF\nx\n', want: [] },
  { name: 'COPY heredoc is a file, not a snippet', text: 'FROM debian\nCOPY <<EOF /x\necho\nEOF\n', want: [] },
];

for (const { name, text, want } of CASES) {
  void test(`snippets: ${name}`, () => {
    const found = snippets(text);
    assert.deepEqual(
      found.map((s) => `${s.kind} ${s.dialect} ${s.text.text}`),
      want,
    );
    for (const snippet of found) assertMapsBack(text, snippet);
  });
}

void test('snippets: every character maps back in every parser test case (continuations, CRLF, heredocs …)', () => {
  const root = join(__dirname, '../../parser-cases');
  let checked = 0;
  for (const entry of readdirSync(root, { withFileTypes: true })) {
    if (!entry.isDirectory()) continue;
    const name = entry.name;
    const text = readFileSync(join(root, name, 'Dockerfile'), 'utf8');
    for (const snippet of snippets(text)) {
      assertMapsBack(text, snippet);
      checked++;
    }
  }
  assert.ok(checked > 20, `${checked} snippets checked`);
});

void test('snippets: the range of a heredoc delimiter is the terminator line', () => {
  const text = 'FROM debian\nRUN cat <<-EOF\n\tx\n\tEOF\n';
  const [snippet] = snippets(text);
  const shell = snippet?.text.text ?? '';
  assert.deepEqual(snippet?.text.range(shell.length - 3, shell.length), {
    start: { line: 3, character: 1 },
    end: { line: 3, character: 4 },
  });
});
