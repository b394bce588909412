import { test } from 'node:test';
import assert from 'node:assert/strict';
import fc from 'fast-check';
import type { Instruction } from '../../../core/parser/ast';
import { formatDocument, parseDocument } from '../../../server/service/index';
import { applyEdits } from './support';

function format(text: string, options = { tabSize: 4, insertSpaces: true }): string {
  return applyEdits(text, formatDocument(parseDocument(text), options));
}

const cases: { name: string; input: string; want: string }[] = [
  { name: 'keywords upper-cased', input: 'from alpine\nrun echo hi\n', want: 'FROM alpine\nRUN echo hi\n' },
  {
    name: 'indentation before a keyword removed',
    input: 'FROM alpine\n   RUN echo hi\n',
    want: 'FROM alpine\nRUN echo hi\n',
  },
  {
    name: 'one space after keyword and between flags',
    input: 'FROM alpine\nCOPY   --from=a    --link   x y\n',
    want: 'FROM alpine\nCOPY --from=a --link x y\n',
  },
  {
    name: 'continuation lines indented by one unit',
    input: 'FROM alpine\nRUN a \\\n  && b \\\n        && c\n',
    want: 'FROM alpine\nRUN a \\\n    && b \\\n    && c\n',
  },
  { name: 'tabs when asked', input: 'FROM alpine\nRUN a \\\n  && b\n', want: 'FROM alpine\nRUN a \\\n\t&& b\n' },
  {
    name: 'trailing whitespace removed',
    input: 'FROM alpine   \nRUN a \\   \n    b  \n',
    want: 'FROM alpine\nRUN a \\\n    b\n',
  },
  {
    name: 'ONBUILD trigger keyword',
    input: 'FROM alpine\nonbuild   run   echo\n',
    want: 'FROM alpine\nONBUILD RUN echo\n',
  },
  {
    name: 'heredoc bodies untouched',
    input: 'FROM alpine\nrun <<EOF\n  echo   hi   \n\tx\nEOF\n',
    want: 'FROM alpine\nRUN <<EOF\n  echo   hi   \n\tx\nEOF\n',
  },
  {
    name: 'quoted text spanning lines untouched',
    input: 'FROM alpine\nLABEL a="x \\\n      y"\n',
    want: 'FROM alpine\nLABEL a="x \\\n      y"\n',
  },
  {
    name: 'a continuation without indentation stays joined',
    input: 'FROM alpine\nENV A=x\\\ny\n',
    want: 'FROM alpine\nENV A=x\\\ny\n',
  },
  { name: 'CRLF kept', input: 'from alpine\r\nrun a \\\r\n  b\r\n', want: 'FROM alpine\r\nRUN a \\\r\n    b\r\n' },
  { name: 'unknown instructions keep their case', input: 'FROM alpine\nfoo bar\n', want: 'FROM alpine\nfoo bar\n' },
];

for (const { name, input, want } of cases) {
  void test(`format: ${name}`, () => {
    const insertSpaces = !name.includes('tabs');
    assert.equal(format(input, { tabSize: 4, insertSpaces }), want);
  });
}

/** Collapses whitespace outside quotes: a shell splits words there, so its amount does not matter. */
function shellWords(command: string): string {
  let out = '';
  let quote = '';
  for (const c of command) {
    if (quote) {
      if (c === quote) quote = '';
    } else if (c === '"' || c === "'") {
      quote = c;
    } else if (c === ' ' || c === '\t') {
      if (!out.endsWith(' ')) out += ' ';
      continue;
    }
    out += c;
  }
  return out.trim();
}

const SHELL_FORM = new Set(['RUN', 'CMD', 'ENTRYPOINT', 'HEALTHCHECK']);

/** What the builder receives from each instruction. */
function meaning(instruction: Instruction): unknown {
  const shell = SHELL_FORM.has(instruction.keyword) && !instruction.json;
  return {
    keyword: instruction.keyword,
    flags: instruction.flags.map((f) => f.raw),
    args: instruction.args.map((a) => (shell ? shellWords(a.value) : a.value)),
    heredocs: instruction.heredocs.map((h) => h.content),
    trigger: instruction.trigger && meaning(instruction.trigger),
  };
}

const fragment = fc.constantFrom(
  'from alpine',
  'FROM  --platform=linux/amd64   golang:1.22   AS   build',
  '  run echo hi',
  'RUN   apt-get update \\',
  '    && apt-get install -y curl',
  '  # a comment inside',
  '\t\tcurl \\',
  'COPY  --from=build   /a /b',
  'env A="x  y"  B=z',
  'LABEL a="multi \\',
  '   line"',
  'run <<EOF',
  '  body  line  ',
  'EOF',
  'cmd ["a",   "b"]',
  'ENTRYPOINT   echo "a   b"',
  'onbuild   run   make',
  '',
  '   ',
  'ARG V=1   ',
  'HEALTHCHECK  --interval=5s   CMD   curl -f x',
  'WORKDIR   /app',
  'ENV A=x\\',
  'y',
  "RUN echo 'q  \\",
  "  r'",
  'copy <<-EOT /x',
  '\tindented',
  'EOT',
  'RUN a \\',
  '',
  '  b',
);
const dockerfiles = fc
  .tuple(fc.array(fragment, { minLength: 1, maxLength: 25 }), fc.constantFrom('\n', '\r\n'))
  .map(([lines, eol]) => lines.join(eol) + eol);

void test('format property: formatting twice equals formatting once, and the builder sees the same instructions', () => {
  fc.assert(
    fc.property(dockerfiles, (text) => {
      const once = format(text);
      assert.equal(format(once), once, 'not idempotent');
      const before = parseDocument(text).ast.instructions.map(meaning);
      const after = parseDocument(once).ast.instructions.map(meaning);
      assert.deepEqual(after, before);
    }),
    { numRuns: 2000 },
  );
});
