import assert from 'node:assert/strict';
import { test } from 'node:test';
import { check, ruleTable } from './helper';

ruleTable('UndefinedVar', [
  { name: 'from scratch, nothing declares it', input: 'FROM scratch\nCOPY $foo .\n', want: ['UndefinedVar@2'] },
  { name: 'a typo of PATH', input: 'FROM alpine\nENV PATH=$PAHT:/app/bin\n', want: ['UndefinedVar@2'] },
  { name: 'a typo of an ARG', input: 'FROM alpine\nARG VERSION=1\nLABEL v=$VERSON\n', want: ['UndefinedVar@3'] },
  { name: 'ARGs do not cross stages', input: 'FROM scratch AS a\nARG foo=1\nFROM a\nCOPY $foo .\n', want: ['UndefinedVar@4'] },
  { name: 'used before its declaration', input: 'FROM scratch\nCOPY $foo .\nARG foo\n', want: ['UndefinedVar@2'] },
  { name: 'declared ARG', input: 'FROM alpine AS base\nARG foo\nCOPY $foo .\n', want: [] },
  { name: 'declared ENV', input: 'FROM scratch\nENV APP=/app\nWORKDIR $APP\n', want: [] },
  { name: 'ENV is inherited from an earlier stage', input: 'FROM scratch AS a\nENV APP=/app\nFROM a\nWORKDIR $APP\n', want: [] },
  { name: 'an unknown variable of a registry image is not reported', input: 'FROM golang\nENV PATH=$GOPATH/bin:$PATH\n', want: [] },
  { name: 'RUN is expanded by the shell, not the builder', input: 'FROM scratch\nRUN echo $HOME\n', want: [] },
  { name: 'a default handles the unset case', input: 'FROM scratch\nCOPY ${foo:-x} .\n', want: [] },
  { name: 'PATH and proxy variables always exist', input: 'FROM scratch\nENV PATH=$PATH:/x\nLABEL p=$http_proxy\n', want: [] },
]);

void test('UndefinedVar suggests the likely name', () => {
  const [finding] = check('FROM alpine\nENV PATH=$PAHT:/app/bin\n').filter((f) => f.code === 'UndefinedVar');
  assert.match(finding?.message ?? '', /Did you mean \$PATH\?/);
  assert.equal(finding?.fixes?.[0]?.edits[0]?.newText, 'PATH');
});
