// The TextMate grammar: valid JSON whose regexes compile, and the scopes it gives real lines, tokenized with
// vscode-textmate and vscode-oniguruma (the engine VS Code itself uses).
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import * as oniguruma from 'vscode-oniguruma';
import * as textmate from 'vscode-textmate';

const root = join(__dirname, '..', '..', '..');
const grammarPath = join(root, 'syntaxes', 'dockerfile.tmLanguage.json');
const grammarText = readFileSync(grammarPath, 'utf8');

function regexes(node: unknown, out: string[] = []): string[] {
  if (Array.isArray(node)) node.forEach((child) => regexes(child, out));
  else if (node && typeof node === 'object') {
    for (const [key, value] of Object.entries(node)) {
      if (['match', 'begin', 'end', 'while'].includes(key) && typeof value === 'string') out.push(value);
      else regexes(value, out);
    }
  }
  return out;
}

void test('grammar: JSON with the registered scope name, every regex compiles', () => {
  const grammar = JSON.parse(grammarText) as { scopeName: string };
  assert.equal(grammar.scopeName, 'source.dockerfile');
  const patterns = regexes(grammar);
  assert.ok(patterns.length > 20);
  for (const pattern of patterns) {
    // The only Oniguruma-only syntax used is a leading (?i), which is JavaScript's `i` flag.
    const insensitive = pattern.startsWith('(?i)');
    assert.doesNotThrow(() => new RegExp(insensitive ? pattern.slice(4) : pattern, insensitive ? 'i' : ''), pattern);
  }
  const configuration = JSON.parse(readFileSync(join(root, 'language-configuration.json'), 'utf8')) as {
    comments: { lineComment: string };
  };
  assert.equal(configuration.comments.lineComment, '#');
});

/** Ours, and a stand-in for VS Code's built-in shell grammar that the RUN heredoc embeds. */
function rawGrammar(scopeName: string): textmate.IRawGrammar | null {
  if (scopeName === 'source.dockerfile') return textmate.parseRawGrammar(grammarText, grammarPath);
  const shell = {
    scopeName: 'source.shell',
    patterns: [{ name: 'support.function.builtin.shell', match: '\\becho\\b' }],
  };
  return scopeName === 'source.shell' ? textmate.parseRawGrammar(JSON.stringify(shell), 'shell.json') : null;
}

async function loadGrammar(): Promise<textmate.IGrammar> {
  const wasm = readFileSync(require.resolve('vscode-oniguruma/release/onig.wasm'));
  await oniguruma.loadWASM(wasm.buffer.slice(wasm.byteOffset, wasm.byteOffset + wasm.byteLength));
  const registry = new textmate.Registry({
    onigLib: Promise.resolve({
      createOnigScanner: (sources: string[]) => new oniguruma.OnigScanner(sources),
      createOnigString: (text: string) => new oniguruma.OnigString(text),
    }),
    loadGrammar: (scopeName: string) => Promise.resolve(rawGrammar(scopeName)),
  });
  const grammar = await registry.loadGrammar('source.dockerfile');
  if (!grammar) throw new Error('grammar did not load');
  return grammar;
}

const grammarReady = loadGrammar();

/** Scopes of the token at the first occurrence of `needle` on line `line` of `source`. */
async function scopesAt(source: string, line: number, needle: string): Promise<string[]> {
  const grammar = await grammarReady;
  let stack = textmate.INITIAL;
  const lines = source.split('\n');
  for (let i = 0; i < lines.length; i++) {
    const text = lines[i] ?? '';
    const result = grammar.tokenizeLine(text, stack);
    stack = result.ruleStack;
    if (i !== line) continue;
    const at = text.indexOf(needle);
    assert.ok(at >= 0, `"${needle}" is on line ${line}`);
    const token = result.tokens.find((t) => t.startIndex <= at && at < t.endIndex);
    return token?.scopes ?? [];
  }
  return [];
}

const cases: { name: string; source: string; line: number; needle: string; scope: string; absent?: boolean }[] = [
  {
    name: 'directive name',
    source: '# syntax=docker/dockerfile:1',
    line: 0,
    needle: 'syntax',
    scope: 'keyword.other.directive.dockerfile',
  },
  {
    name: 'directive value',
    source: '# escape=`',
    line: 0,
    needle: '`',
    scope: 'string.unquoted.directive-value.dockerfile',
  },
  {
    name: 'comment',
    source: 'FROM a\n  # hello',
    line: 1,
    needle: 'hello',
    scope: 'comment.line.number-sign.dockerfile',
  },
  {
    name: 'instruction, any case',
    source: 'from alpine',
    line: 0,
    needle: 'from',
    scope: 'keyword.other.instruction.dockerfile',
  },
  { name: 'AS', source: 'FROM alpine AS build', line: 0, needle: 'AS', scope: 'keyword.control.as.dockerfile' },
  {
    name: 'stage name',
    source: 'FROM alpine as build',
    line: 0,
    needle: 'build',
    scope: 'entity.name.type.stage.dockerfile',
  },
  {
    name: 'flag name',
    source: 'COPY --from=build a b',
    line: 0,
    needle: 'from',
    scope: 'variable.parameter.flag.dockerfile',
  },
  {
    name: 'flag value',
    source: 'COPY --from=build a b',
    line: 0,
    needle: 'build',
    scope: 'string.unquoted.flag-value.dockerfile',
  },
  { name: 'variable', source: 'WORKDIR $HOME/x', line: 0, needle: '$HOME', scope: 'variable.other.dockerfile' },
  { name: 'braced variable', source: 'ENV A=${B:-c}', line: 0, needle: 'B', scope: 'variable.other.dockerfile' },
  {
    name: 'variable in double quotes',
    source: 'RUN echo "a $B"',
    line: 0,
    needle: '$B',
    scope: 'variable.other.dockerfile',
  },
  {
    name: 'none in single quotes',
    source: "RUN echo 'a $B'",
    line: 0,
    needle: '$B',
    scope: 'variable.other.dockerfile',
    absent: true,
  },
  { name: 'ENV key', source: 'ENV NAME=value', line: 0, needle: 'NAME', scope: 'variable.other.key.dockerfile' },
  {
    name: 'JSON array string',
    source: 'CMD ["echo", "hi"]',
    line: 0,
    needle: '"hi"',
    scope: 'string.quoted.double.json.dockerfile',
  },
  {
    name: 'JSON array bracket',
    source: 'CMD ["echo", "hi"]',
    line: 0,
    needle: '[',
    scope: 'punctuation.definition.array.begin.dockerfile',
  },
  {
    name: 'line continuation',
    source: 'RUN a \\\n  b',
    line: 0,
    needle: '\\',
    scope: 'constant.character.escape.continuation.dockerfile',
  },
  {
    name: 'continued line stays in the instruction',
    source: 'RUN a \\\n  $B',
    line: 1,
    needle: '$B',
    scope: 'meta.instruction.run.dockerfile',
  },
  {
    name: 'comment inside a continuation',
    source: 'RUN a \\\n  # note\n  b',
    line: 1,
    needle: 'note',
    scope: 'comment.line.number-sign.dockerfile',
  },
  {
    name: 'ONBUILD',
    source: 'ONBUILD RUN make',
    line: 0,
    needle: 'ONBUILD',
    scope: 'keyword.other.special-method.onbuild.dockerfile',
  },
  {
    name: 'ONBUILD trigger keyword',
    source: 'ONBUILD RUN make',
    line: 0,
    needle: 'RUN',
    scope: 'keyword.other.instruction.dockerfile',
  },
  {
    name: 'heredoc delimiter',
    source: 'COPY <<EOF /x\nhello $A\nEOF',
    line: 0,
    needle: 'EOF',
    scope: 'entity.name.tag.heredoc-delimiter.dockerfile',
  },
  {
    name: 'COPY heredoc body',
    source: 'COPY <<EOF /x\nhello $A\nEOF',
    line: 1,
    needle: 'hello',
    scope: 'string.unquoted.heredoc.dockerfile',
  },
  {
    name: 'variable in a COPY heredoc',
    source: 'COPY <<EOF /x\nhello $A\nEOF',
    line: 1,
    needle: '$A',
    scope: 'variable.other.dockerfile',
  },
  {
    name: 'heredoc terminator',
    source: 'COPY <<-EOF /x\n\tbody\n\tEOF',
    line: 2,
    needle: 'EOF',
    scope: 'entity.name.tag.heredoc-delimiter.dockerfile',
  },
  {
    name: 'RUN heredoc body is embedded shell',
    source: 'RUN <<EOF\necho hi\nEOF',
    line: 1,
    needle: 'echo',
    scope: 'meta.embedded.block.shell',
  },
  {
    name: 'shell grammar inside a RUN heredoc',
    source: 'RUN <<EOF\necho hi\nEOF',
    line: 1,
    needle: 'echo',
    scope: 'support.function.builtin.shell',
  },
  {
    name: 'a string continues across lines',
    source: 'RUN echo "a \\\n  $B"',
    line: 1,
    needle: '$B',
    scope: 'string.quoted.double.dockerfile',
  },
  {
    name: 'instruction after a heredoc',
    source: 'RUN <<EOF\necho hi\nEOF\nCMD x',
    line: 3,
    needle: 'CMD',
    scope: 'keyword.other.instruction.dockerfile',
  },
];

for (const c of cases) {
  void test(`grammar: ${c.name}`, async () => {
    const scopes = await scopesAt(c.source, c.line, c.needle);
    assert.equal(scopes.includes(c.scope), !c.absent, `${c.scope} in ${scopes.join(' ')}`);
  });
}
