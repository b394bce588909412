import assert from 'node:assert/strict';
import { test } from 'node:test';
import { check, ruleTable } from './helper';

ruleTable('UndefinedVar', [
  { name: 'from scratch, nothing declares it', input: 'FROM scratch\nCOPY $foo .\n', want: ['UndefinedVar@2'] },
  { name: 'a typo of PATH', input: 'FROM alpine\nENV PATH=$PAHT:/app/bin\n', want: ['UndefinedVar@2'] },
  { name: 'a typo of an ARG', input: 'FROM alpine\nARG VERSION=1\nLABEL v=$VERSON\n', want: ['UndefinedVar@3'] },
  {
    name: 'ARGs pass to a stage built on the stage (BuildKit testUnmatchedVars)',
    input: 'FROM scratch AS a\nARG foo=1\nFROM a\nCOPY $foo .\n',
    want: [],
  },
  { name: 'used before its declaration', input: 'FROM scratch\nCOPY $foo .\nARG foo\n', want: ['UndefinedVar@2'] },
  { name: 'declared ARG', input: 'FROM alpine AS base\nARG foo\nCOPY $foo .\n', want: [] },
  { name: 'declared ENV', input: 'FROM scratch\nENV APP=/app\nWORKDIR $APP\n', want: [] },
  {
    name: 'ENV is inherited from an earlier stage',
    input: 'FROM scratch AS a\nENV APP=/app\nFROM a\nWORKDIR $APP\n',
    want: [],
  },
  {
    name: 'an unknown variable of a registry image is not reported',
    input: 'FROM golang\nENV PATH=$GOPATH/bin:$PATH\n',
    want: [],
  },
  { name: 'RUN is expanded by the shell, not the builder', input: 'FROM scratch\nRUN echo $HOME\n', want: [] },
  { name: 'a default handles the unset case', input: 'FROM scratch\nCOPY ${foo:-x} .\n', want: [] },
  {
    name: 'PATH and proxy variables always exist',
    input: 'FROM scratch\nENV PATH=$PATH:/x\nLABEL p=$http_proxy\n',
    want: [],
  },
  {
    name: 'under a registry image: used before the stage declares its ARG',
    input: 'FROM alpine\nCOPY $foo .\nARG foo=bar\n',
    want: ['UndefinedVar@2'],
  },
  {
    name: 'under a registry image: a global ARG used without ARG in the stage',
    input: 'ARG APP_DIR=/app\nFROM alpine\nWORKDIR $APP_DIR\n',
    want: ['UndefinedVar@3'],
  },
  {
    name: 'a global ARG redeclared in the stage',
    input: 'ARG APP_DIR=/app\nFROM alpine\nARG APP_DIR\nWORKDIR $APP_DIR\n',
    want: [],
  },
  {
    name: 'a global ARG the FROM uses: the image often sets the same name (node sets NODE_VERSION)',
    input: 'ARG NODE_VERSION=20\nFROM node:${NODE_VERSION}-alpine\nLABEL node=$NODE_VERSION\n',
    want: [],
  },
  {
    name: 'a multi-line COPY is reported on its first line, as BuildKit does',
    input: 'FROM scratch\nCOPY a \\\n  $foo /x/\n',
    want: ['UndefinedVar@2'],
  },
  {
    name: 'the automatic platform ARGs once declared in the stage',
    input: 'FROM scratch\nARG TARGETARCH\nCOPY bin/$TARGETARCH /app\n',
    want: [],
  },
  {
    name: 'the image environment, when the engine knows the image',
    input: 'FROM golang:1.22\nENV PATH=$GOPATH/bin:$PATH\nLABEL x=$NOT_SET\n',
    want: ['UndefinedVar@3'],
    options: {
      images: new Map([['golang:1.22', { env: ['PATH=/usr/bin', 'GOPATH=/go'], os: 'linux', architecture: 'amd64' }]]),
    },
  },
  {
    name: 'the image environment under an ARG-templated FROM',
    input: 'ARG GO=1.22\nFROM golang:${GO}\nENV PATH=$GOPATH/bin:$PATH\nLABEL x=$NOT_SET\n',
    want: ['UndefinedVar@4'],
    options: {
      images: new Map([['golang:1.22', { env: ['PATH=/usr/bin', 'GOPATH=/go'], os: 'linux', architecture: 'amd64' }]]),
    },
  },
]);

void test('UndefinedVar offers to declare a global ARG in the stage', () => {
  const [finding] = check('ARG APP_DIR=/app\nFROM alpine\nWORKDIR $APP_DIR\n').filter((f) => f.code === 'UndefinedVar');
  assert.match(finding?.message ?? '', /global ARG/);
  assert.equal(finding?.fixes?.[0]?.edits[0]?.newText, 'ARG APP_DIR\n');
});

void test('UndefinedVar suggests the likely name', () => {
  const [finding] = check('FROM alpine\nENV PATH=$PAHT:/app/bin\n').filter((f) => f.code === 'UndefinedVar');
  assert.match(finding?.message ?? '', /Did you mean \$PATH\?/);
  assert.equal(finding?.fixes?.[0]?.edits[0]?.newText, 'PATH');
});

void test('UndefinedVar on a 2,000-stage FROM chain: inherited ENV is seen through the whole chain', () => {
  // Regression: each stage used to re-walk every ancestor (quadratic); the bench covers speed, this covers the result.
  const lines = ['FROM scratch AS s0', 'ENV V0=0'];
  for (let i = 1; i < 2000; i++) lines.push(`FROM s${i - 1} AS s${i}`, `ENV V${i}=$V${i - 1}`);
  lines.push('FROM s1999', 'COPY $V0 $V1999 $V2000 /', 'FROM s5', 'COPY $V6 /');
  const found = check(`${lines.join('\n')}\n`).filter((f) => f.code === 'UndefinedVar');
  const last = lines.length;
  // $V0 and $V1999 are inherited; $V2000 was never set; s5's child cannot see s6's $V6. Suggestions come first-closest.
  assert.deepEqual(
    found.map((f) => [f.range.start.line + 1, f.message.slice(0, 6), f.fixes?.[0]?.edits[0]?.newText]),
    [
      [last - 2, '$V2000', 'V200'],
      [last, '$V6 is', 'V0'],
    ],
  );
});
