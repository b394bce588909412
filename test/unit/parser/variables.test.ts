// Variable references: which `$` forms BuildKit's lexer sees, with exact ranges and whether BuildKit expands them.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { parse } from '../../../core/parser/index';
import type { Instruction } from '../../../core/parser/ast';
import { textAt } from './support';

interface Want {
  name: string;
  text: string;
  modifier?: string;
  operand?: string;
  expanded?: boolean;
}

function variablesOf(input: string) {
  const all = (i: Instruction): Instruction[] => (i.trigger ? [i, ...all(i.trigger)] : [i]);
  return parse(input)
    .instructions.flatMap(all)
    .flatMap((i) => i.variables)
    .map((v) => ({
      name: v.name,
      text: textAt(input, v.range),
      nameText: textAt(input, v.nameRange),
      modifier: v.modifier,
      operand: v.operand,
      expanded: v.expanded,
    }));
}

const cases: { name: string; input: string; want: Want[] }[] = [
  { name: '$X', input: 'WORKDIR /a/$X/b', want: [{ name: 'X', text: '$X' }] },
  { name: '${X}', input: 'WORKDIR ${X}b', want: [{ name: 'X', text: '${X}' }] },
  { name: '${X:-d}', input: 'WORKDIR ${X:-d}', want: [{ name: 'X', text: '${X:-d}', modifier: ':-', operand: 'd' }] },
  { name: '${X:+d}', input: 'WORKDIR ${X:+d}', want: [{ name: 'X', text: '${X:+d}', modifier: ':+', operand: 'd' }] },
  { name: '${X-d}', input: 'WORKDIR ${X-d}', want: [{ name: 'X', text: '${X-d}', modifier: '-', operand: 'd' }] },
  { name: '${X+d}', input: 'WORKDIR ${X+d}', want: [{ name: 'X', text: '${X+d}', modifier: '+', operand: 'd' }] },
  {
    name: '${X:?e}',
    input: 'WORKDIR ${X:?must be set}',
    want: [{ name: 'X', text: '${X:?must be set}', modifier: ':?', operand: 'must be set' }],
  },
  { name: '${X?e}', input: 'WORKDIR ${X?e}', want: [{ name: 'X', text: '${X?e}', modifier: '?', operand: 'e' }] },
  {
    name: '${X##p}',
    input: 'WORKDIR ${X##*/}',
    want: [{ name: 'X', text: '${X##*/}', modifier: '##', operand: '*/' }],
  },
  {
    name: '${X%p}',
    input: 'WORKDIR ${X%.tar}',
    want: [{ name: 'X', text: '${X%.tar}', modifier: '%', operand: '.tar' }],
  },
  {
    name: '${X//p/r}',
    input: 'WORKDIR ${X//a/b}',
    want: [{ name: 'X', text: '${X//a/b}', modifier: '//', operand: 'a/b' }],
  },
  {
    name: 'nested default',
    input: 'ENV A=${X:-$Y}',
    want: [
      { name: 'X', text: '${X:-$Y}', modifier: ':-', operand: '$Y' },
      { name: 'Y', text: '$Y' },
    ],
  },
  { name: 'escaped dollar is no reference', input: 'WORKDIR \\$X', want: [] },
  { name: 'escaped escape then a reference', input: 'WORKDIR \\\\$X', want: [{ name: 'X', text: '$X' }] },
  { name: 'single quotes hide references', input: 'ENV A=\'$X\' B="$Y"', want: [{ name: 'Y', text: '$Y' }] },
  { name: 'escaped dollar inside double quotes', input: 'ENV A="\\$X"', want: [] },
  { name: 'a lone dollar is text', input: 'WORKDIR /a$/b$', want: [] },
  {
    name: 'positional and special parameters',
    input: 'WORKDIR $1/$@',
    want: [
      { name: '1', text: '$1' },
      { name: '@', text: '$@' },
    ],
  },
  {
    name: 'shell-form RUN is left to the shell',
    input: 'RUN echo $HOME',
    want: [{ name: 'HOME', text: '$HOME', expanded: false }],
  },
  { name: 'exec-form CMD has no variables', input: 'CMD ["echo", "$HOME"]', want: [] },
  { name: 'JSON COPY sources are expanded', input: 'COPY ["$SRC", "/d"]', want: [{ name: 'SRC', text: '$SRC' }] },
  { name: 'ARG names are not expanded, defaults are', input: 'ARG $N=$D', want: [{ name: 'D', text: '$D' }] },
  { name: 'FROM expands only the image', input: 'FROM $IMG AS $NAME', want: [{ name: 'IMG', text: '$IMG' }] },
  { name: 'MAINTAINER is not expanded', input: 'MAINTAINER $ME', want: [] },
  {
    name: 'flags: --chown expanded, --from not',
    input: 'COPY --chown=$U:$G --from=$S a b',
    want: [
      { name: 'U', text: '$U' },
      { name: 'G', text: '$G' },
      { name: 'S', text: '$S', expanded: false },
    ],
  },
  {
    name: 'across a continuation',
    input: 'ENV A=$X \\\n   B=${Y}',
    want: [
      { name: 'X', text: '$X' },
      { name: 'Y', text: '${Y}' },
    ],
  },
  {
    name: 'backtick escape makes backslash literal',
    input: '# escape=`\nWORKDIR \\$A `$B',
    want: [{ name: 'A', text: '$A' }],
  },
  {
    name: 'COPY heredoc body: quotes are text',
    input: "COPY <<EOF /x\n$A '$B'\nEOF\n",
    want: [
      { name: 'A', text: '$A' },
      { name: 'B', text: '$B' },
    ],
  },
  { name: 'quoted COPY heredoc is not expanded', input: "COPY <<'EOF' /x\n$A\nEOF\n", want: [] },
  {
    name: "RUN heredoc body is the shell's",
    input: "RUN <<EOF\necho '$A' $B\nEOF\n",
    want: [{ name: 'B', text: '$B', expanded: false }],
  },
  { name: 'ONBUILD trigger variables', input: 'ONBUILD WORKDIR $W', want: [{ name: 'W', text: '$W' }] },
];

for (const c of cases) {
  void test(`variables: ${c.name}`, () => {
    const want = c.want.map((w) => ({
      name: w.name,
      text: w.text,
      nameText: w.name,
      modifier: w.modifier,
      operand: w.operand,
      expanded: w.expanded ?? true,
    }));
    assert.deepEqual(variablesOf(c.input), want);
  });
}

void test('variables: columns count UTF-16 code units', () => {
  const [ref] = parse('WORKDIR /😀/$A').instructions[0]?.variables ?? [];
  assert.deepEqual(ref?.range, { start: { line: 0, character: 12 }, end: { line: 0, character: 14 } });
});

void test('variables: a JSON escape before the reference keeps the range exact', () => {
  const input = 'COPY ["\\u0041$SRC", "/d"]';
  const [ref] = parse(input).instructions[0]?.variables ?? [];
  assert.equal(ref && textAt(input, ref.range), '$SRC');
});
