import { test } from 'node:test';
import assert from 'node:assert/strict';
import { getSemanticTokens, LineIndex, parseDocument, SEMANTIC_TOKENS_LEGEND } from '../../../server/service/index';

/** Decodes the relative encoding into `text:type[:declaration]` strings. */
function decode(text: string): string[] {
  const { data } = getSemanticTokens(parseDocument(text));
  const lines = new LineIndex(text);
  const out: string[] = [];
  let line = 0;
  let start = 0;
  for (let i = 0; i < data.length; i += 5) {
    const [deltaLine = 0, deltaStart = 0, length = 0, type = 0, modifiers = 0] = data.slice(i, i + 5);
    line += deltaLine;
    start = deltaLine === 0 ? start + deltaStart : deltaStart;
    const word = lines.lineText(line).slice(start, start + length);
    out.push(`${word}:${SEMANTIC_TOKENS_LEGEND.tokenTypes[type] ?? '?'}${modifiers & 1 ? ':declaration' : ''}`);
  }
  return out;
}

const cases: { name: string; input: string; want: string[] }[] = [
  {
    name: 'directive',
    input: '# syntax=docker/dockerfile:1\nFROM a\n',
    want: ['syntax:macro', 'docker/dockerfile:1:string', 'FROM:keyword'],
  },
  {
    name: 'stage declaration and AS',
    input: 'FROM golang AS build\n',
    want: ['FROM:keyword', 'AS:keyword', 'build:namespace:declaration'],
  },
  {
    name: 'flags and stage references',
    input: 'FROM a AS b\nFROM c\nCOPY --from=b x y\n',
    want: ['COPY:keyword', '--from:parameter', 'b:namespace'],
  },
  {
    name: 'variables inside strings split the string',
    input: 'FROM a\nARG V=1\nRUN echo "v=$V!"\n',
    want: ['V:variable:declaration', '"v=:string', '$V:variable', '!":string'],
  },
  { name: 'comments', input: '# hello\nFROM a\n', want: ['# hello:comment'] },
  { name: 'JSON arguments are strings', input: 'FROM a\nCMD ["x", "y"]\n', want: ['"x":string', '"y":string'] },
  {
    name: 'heredoc delimiters',
    input: 'FROM a\nRUN <<EOF\necho "not a token"\nEOF\n',
    want: ['<<EOF:label', 'EOF:label'],
  },
  {
    name: 'multi-line strings are split per line',
    input: 'FROM a\nLABEL x="a \\\n  b"\n',
    want: ['"a \\:string', '  b":string'],
  },
];

for (const { name, input, want } of cases) {
  void test(`semantic tokens: ${name}`, () => {
    const tokens = decode(input);
    let from = 0;
    for (const token of want) {
      const at = tokens.indexOf(token, from);
      assert.ok(at >= 0, `${token} missing (in order) from ${JSON.stringify(tokens)}`);
      from = at + 1;
    }
  });
}

void test('semantic tokens: heredoc bodies are left to the shell grammar', () => {
  assert.ok(!decode('FROM a\nRUN <<EOF\necho "x"\nEOF\n').some((t) => t.includes('"x"')));
});

void test('semantic tokens are sorted and never overlap', () => {
  const text =
    'ARG V=1\nFROM a:$V AS b\nRUN --mount=type=cache,from=b,target=/c echo "$V ${V:-x}" \'$V\'\nCOPY --from=b <<EOF /x\n$V\nEOF\n';
  const { data } = getSemanticTokens(parseDocument(text));
  assert.ok(data.length > 0);
  let previousLength = 0;
  for (let i = 0; i < data.length; i += 5) {
    const [deltaLine = 0, deltaStart = 0, length = 0] = data.slice(i, i + 5);
    assert.ok(length > 0, `token ${i / 5} is empty`);
    if (i > 0 && deltaLine === 0) assert.ok(deltaStart >= previousLength, `token ${i / 5} overlaps the one before`);
    previousLength = length;
  }
});
