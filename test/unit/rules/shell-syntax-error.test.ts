import assert from 'node:assert/strict';
import { test } from 'node:test';
import { check, ruleTable } from './helper';
import { shellOptions as options } from './shell-helper';

ruleTable('ShellSyntaxError', [
  {
    name: 'if without fi',
    input: 'FROM debian\nRUN if [ -f x ]; then echo yes\n',
    want: ['ShellSyntaxError@2'],
    options,
  },
  { name: 'complete if', input: 'FROM debian\nRUN if [ -f x ]; then echo yes; fi\n', want: [], options },
  { name: 'unclosed quote', input: 'FROM debian\nRUN echo "hello\n', want: ['ShellSyntaxError@2'], options },
  { name: 'pipe to nothing', input: 'FROM debian\nRUN echo a |\n', want: ['ShellSyntaxError@2'], options },
  { name: 'stray fi', input: 'FROM debian\nRUN echo a; fi\n', want: ['ShellSyntaxError@2'], options },
  { name: 'stray done', input: 'FROM debian\nRUN true && done\n', want: ['ShellSyntaxError@2'], options },
  { name: 'unclosed $(', input: 'FROM debian\nRUN echo $(ls\n', want: ['ShellSyntaxError@2'], options },
  { name: 'array under sh', input: 'FROM debian\nRUN a=(1 2)\n', want: ['ShellSyntaxError@2'], options },
  {
    name: 'array under SHELL bash',
    input: 'FROM debian\nSHELL ["/bin/bash", "-c"]\nRUN a=(1 2)\n',
    want: [],
    options,
  },
  {
    name: 'bash inherited from the stage built on',
    input: 'FROM debian AS base\nSHELL ["/bin/bash", "-c"]\nFROM base\nRUN a=(1 2)\n',
    want: [],
    options,
  },
  {
    name: 'function keyword under dash',
    input: 'FROM debian\nRUN function f { :; }\n',
    want: ['ShellSyntaxError@2'],
    options,
  },
  { name: 'function keyword under ash', input: 'FROM alpine\nRUN function f { :; }\n', want: [], options },
  { name: 'here-string under ash', input: 'FROM alpine\nRUN cat <<< x\n', want: ['ShellSyntaxError@2'], options },
  { name: 'PowerShell is not parsed', input: 'FROM debian\nSHELL ["pwsh", "-c"]\nRUN if (x) {\n', want: [], options },
  {
    name: 'Windows images are not parsed',
    input: 'FROM mcr.microsoft.com/windows/servercore:ltsc2022\nRUN if [ x\n',
    want: [],
    options,
  },
  { name: 'shell-form CMD', input: 'FROM debian\nCMD echo "unclosed\n', want: ['ShellSyntaxError@2'], options },
  { name: 'exec form is not shell', input: 'FROM debian\nCMD ["echo", "if"]\n', want: [], options },
  {
    name: 'HEALTHCHECK CMD',
    input: 'FROM debian\nHEALTHCHECK CMD curl -f http://localhost/ ||\n',
    want: ['ShellSyntaxError@2'],
    options,
  },
  {
    name: 'ONBUILD RUN',
    input: 'FROM debian\nONBUILD RUN for x in a; do echo\n',
    want: ['ShellSyntaxError@2'],
    options,
  },
  {
    name: 'error on its continuation line',
    input: 'FROM debian\nRUN echo ok && \\\n    # a comment\n    echo "open\n',
    want: ['ShellSyntaxError@4'],
    options,
  },
  {
    name: 'heredoc script under the default shell',
    input: 'FROM debian\nRUN <<EOF\necho ok\nif true; then\nEOF\n',
    want: ['ShellSyntaxError@4'],
    options,
    noVariants: true,
  },
  {
    name: 'heredoc with a bash shebang may use arrays',
    input: 'FROM debian\nRUN <<EOF\n#!/bin/bash\na=(1 2)\nEOF\n',
    want: [],
    options,
    noVariants: true,
  },
  {
    name: 'python heredoc is not shell',
    input: 'FROM debian\nRUN <<EOF\n#!/usr/bin/env python3\nif x:\nEOF\n',
    want: [],
    options,
    noVariants: true,
  },
  {
    name: 'bash reading a heredoc script',
    input: 'FROM debian\nRUN bash <<EOF\necho one\nfor x in a; do\nEOF\n',
    want: ['ShellSyntaxError@4'],
    options,
    noVariants: true,
  },
  {
    name: 'cat reading a heredoc is text',
    input: 'FROM debian\nRUN cat > /x <<EOF\nif then fi (\nEOF\n',
    want: [],
    options,
    noVariants: true,
  },
  {
    name: 'regression: a here-document before the command is not an error (RUN <<EOF python3)',
    input: 'FROM debian\nRUN <<EOF python3\nprint(1)\nEOF\n',
    want: [],
    options,
    noVariants: true,
  },
  {
    name: 'regression: a file descriptor here-document is not an error',
    input: 'FROM debian\nRUN 3<<EOF cat /dev/fd/3\nhi\nEOF\n',
    want: [],
    options,
    noVariants: true,
  },
  { name: 'regression: a body-less cat<<EOF is not an error', input: 'FROM debian\nRUN cat<<EOF\n', want: [], options },
  {
    name: 'valid complex command',
    input: 'FROM debian\nRUN set -eux; case "$(uname -m)" in x86_64) a=amd64;; *) exit 1;; esac\n',
    want: [],
    options,
  },
]);

void test('ShellSyntaxError points at the "if" across CRLF and a continuation, and offers "; fi"', () => {
  const text = 'FROM debian\r\nRUN echo start && \\\r\n  if [ -f x ]; then echo yes\r\n';
  const finding = check(text, options).find((f) => f.code === 'ShellSyntaxError');
  assert.deepEqual(finding?.range, { start: { line: 2, character: 2 }, end: { line: 2, character: 4 } });
  const edit = finding?.fixes?.[0]?.edits[0];
  assert.equal(edit?.newText, '; fi');
  assert.deepEqual(edit?.range.start, { line: 2, character: 28 });
});

void test('ShellSyntaxError keeps exact columns under the backtick escape directive', () => {
  const text = '# escape=`\nFROM debian\nRUN echo "a\\b" && `\n    echo "open\n';
  const finding = check(text, options).find((f) => f.code === 'ShellSyntaxError');
  assert.deepEqual(finding?.range.start, { line: 3, character: 9 });
});

void test('ShellSyntaxError points into a heredoc body on its own line', () => {
  const text = 'FROM debian\nRUN <<-EOF\n\techo ok\n\techo "open\n\tEOF\n';
  const finding = check(text, options).find((f) => f.code === 'ShellSyntaxError');
  assert.deepEqual(finding?.range.start, { line: 3, character: 6 });
});
