// Exact ranges: every node's range covers exactly the text it came from, under LF, CRLF and CR.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { parse } from '../../../core/parser/index';
import type { DockerfileAst, Range } from '../../../core/parser/ast';
import { textAt } from './support';

type Pick = (ast: DockerfileAst) => Range | undefined;

const first = (ast: DockerfileAst, keyword: string) => ast.instructions.find((i) => i.keyword === keyword);

const cases: { name: string; input: string; pick: Pick; want: string }[] = [
  { name: 'keyword', input: '  run echo hi', pick: (a) => first(a, 'RUN')?.keywordRange, want: 'run' },
  {
    name: 'whole instruction with continuation',
    input: 'FROM a\nRUN a \\\n  b\nCMD c',
    pick: (a) => first(a, 'RUN')?.range,
    want: 'RUN a \\\n  b',
  },
  {
    name: 'argument across a continuation',
    input: 'RUN echo a \\\n  b',
    pick: (a) => first(a, 'RUN')?.args[0]?.range,
    want: 'echo a \\\n  b',
  },
  { name: 'argsRange after flags', input: 'COPY --link a  b', pick: (a) => first(a, 'COPY')?.argsRange, want: 'a  b' },
  {
    name: 'JSON element keeps its quotes',
    input: 'CMD ["echo", "hi"]',
    pick: (a) => first(a, 'CMD')?.args[1]?.range,
    want: '"hi"',
  },
  { name: 'ENV quoted value', input: 'ENV A="x y" B=z', pick: (a) => first(a, 'ENV')?.args[1]?.range, want: '"x y"' },
  {
    name: 'ENV legacy value',
    input: 'ENV PATH  /usr/bin:/bin',
    pick: (a) => first(a, 'ENV')?.args[1]?.range,
    want: '/usr/bin:/bin',
  },
  {
    name: 'flag',
    input: 'COPY --from=build a b',
    pick: (a) => first(a, 'COPY')?.flags[0]?.range,
    want: '--from=build',
  },
  {
    name: 'flag name',
    input: 'COPY --from=build a b',
    pick: (a) => first(a, 'COPY')?.flags[0]?.nameRange,
    want: 'from',
  },
  {
    name: 'flag value',
    input: 'COPY --from=build a b',
    pick: (a) => first(a, 'COPY')?.flags[0]?.valueRange,
    want: 'build',
  },
  {
    name: 'bare flag name',
    input: 'COPY --link a b',
    pick: (a) => first(a, 'COPY')?.flags[0]?.nameRange,
    want: 'link',
  },
  {
    name: 'directive',
    input: '# syntax = docker/dockerfile:1 \nFROM a',
    pick: (a) => a.directives[0]?.range,
    want: '# syntax = docker/dockerfile:1',
  },
  { name: 'directive name', input: '#  Escape=`\nFROM a', pick: (a) => a.directives[0]?.nameRange, want: 'Escape' },
  { name: 'directive value', input: '# escape = ` \nFROM a', pick: (a) => a.directives[0]?.valueRange, want: '`' },
  {
    name: 'heredoc marker',
    input: 'RUN cat <<-"EOF" > /f\n\tx\n\tEOF\n',
    pick: (a) => first(a, 'RUN')?.heredocs[0]?.markerRange,
    want: '<<-"EOF"',
  },
  {
    name: 'heredoc content',
    input: 'RUN <<EOF\na\nb\nEOF\n',
    pick: (a) => first(a, 'RUN')?.heredocs[0]?.contentRange,
    want: 'a\nb',
  },
  {
    name: 'heredoc terminator',
    input: 'RUN <<-EOF\na\n\t\tEOF\n',
    pick: (a) => first(a, 'RUN')?.heredocs[0]?.terminatorRange,
    want: '\t\tEOF',
  },
  {
    name: 'instruction with heredoc ends at the terminator',
    input: 'RUN <<EOF\na\nEOF\nCMD x',
    pick: (a) => first(a, 'RUN')?.range,
    want: 'RUN <<EOF\na\nEOF',
  },
  { name: 'stage name', input: 'FROM img AS Build', pick: (a) => a.stages[0]?.name?.range, want: 'Build' },
  { name: 'stage image', input: 'FROM --platform=x img AS b', pick: (a) => a.stages[0]?.image?.range, want: 'img' },
  {
    name: 'stage spans its instructions',
    input: 'FROM a\nRUN b\nFROM c',
    pick: (a) => a.stages[0]?.range,
    want: 'FROM a\nRUN b',
  },
  { name: 'comment', input: 'FROM a\n  # note  \nRUN b', pick: (a) => a.comments[0]?.range, want: '# note  ' },
  { name: 'ONBUILD trigger', input: 'ONBUILD  RUN x', pick: (a) => first(a, 'ONBUILD')?.trigger?.range, want: 'RUN x' },
  {
    name: 'problem on a non-string JSON array',
    input: 'CMD ["a", 1]',
    pick: (a) => a.problems[0]?.range,
    want: '["a", 1]',
  },
];

const endings = { LF: '\n', CRLF: '\r\n', CR: '\r' };

for (const c of cases) {
  for (const [label, eol] of Object.entries(endings)) {
    void test(`ranges: ${c.name} (${label})`, () => {
      const input = c.input.replace(/\n/g, eol);
      const range = c.pick(parse(input));
      assert.ok(range, 'the node exists');
      assert.equal(textAt(input, range), c.want.replace(/\n/g, eol));
    });
  }
}

void test('ranges: the BOM counts as a column on the first line', () => {
  const ast = parse('\ufeffFROM a');
  assert.deepEqual(ast.instructions[0]?.keywordRange, {
    start: { line: 0, character: 1 },
    end: { line: 0, character: 5 },
  });
});

void test('ranges: lineCount follows LSP (a final newline starts an empty line)', () => {
  assert.equal(parse('FROM a\nRUN b\n').lineCount, 3);
  assert.equal(parse('FROM a\r\nRUN b').lineCount, 2);
  assert.equal(parse('').lineCount, 1);
});
