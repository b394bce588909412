// What `check` asks for before validating: nothing for a Dockerfile without shell snippets.
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { parse } from '../../../core/parser';
import { ShellOptionsSource } from '../../../core/node/shell-options';

void test('shell options: none (no parser load, no ShellCheck) for a Dockerfile without shell snippets', async () => {
  const text = 'FROM alpine:3.20\nCOPY a /a\nCMD ["app"]\n';
  assert.equal(await new ShellOptionsSource({ env: process.env }).optionsFor(parse(text)), undefined);
});

void test('shell options: the parser, and no ShellCheck when PATH has none', async () => {
  const text = 'FROM alpine:3.20\nRUN echo hi\n';
  const options = await new ShellOptionsSource({ env: { PATH: '' } }).optionsFor(parse(text));
  assert.ok(options?.parser?.parse('echo hi'));
  assert.equal(options?.shellcheck, undefined);
});
