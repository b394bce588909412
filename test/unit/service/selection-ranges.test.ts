import { test } from 'node:test';
import assert from 'node:assert/strict';
import { getSelectionRanges } from '../../../server/service/index';
import { withCursor } from './support';

/** The texts a repeated "expand selection" selects, innermost first, the whole document shown as `<document>`. */
function expansions(marked: string): string[] {
  const { document, position } = withCursor(marked);
  const texts: string[] = [];
  for (let range = getSelectionRanges(document, [position])[0]; range; range = range.parent) {
    const text = document.lines.textIn(range.range);
    texts.push(text === document.text ? '<document>' : text);
  }
  return texts;
}

const DOCKERFILE = 'ARG V=1\nFROM alpine AS build\nCOPY --chown=app:app src/|main.go /app/\nRUN echo $HOME\n';

const cases: [string, string, string[]][] = [
  [
    'an argument',
    DOCKERFILE,
    [
      'main.go',
      'src/main.go',
      'COPY --chown=app:app src/main.go /app/',
      'FROM alpine AS build\nCOPY --chown=app:app src/main.go /app/\nRUN echo $HOME',
      '<document>',
    ],
  ],
  [
    'a flag value',
    DOCKERFILE.replace('src/|main', 'src/main').replace('app:app', 'a|pp:app'),
    [
      'app',
      'app:app',
      '--chown=app:app',
      'COPY --chown=app:app src/main.go /app/',
      'FROM alpine AS build\nCOPY --chown=app:app src/main.go /app/\nRUN echo $HOME',
      '<document>',
    ],
  ],
  [
    'a variable',
    DOCKERFILE.replace('src/|main', 'src/main').replace('$HOME', '$HO|ME'),
    [
      'HOME',
      '$HOME',
      'echo $HOME',
      'RUN echo $HOME',
      'FROM alpine AS build\nCOPY --chown=app:app src/main.go /app/\nRUN echo $HOME',
      '<document>',
    ],
  ],
  ['a global ARG', 'A|RG V=1\nFROM a\n', ['ARG', 'ARG V=1', '<document>']],
  [
    'a continued instruction',
    'FROM a\nRUN apt-get update && \\\n    apt-get |install -y x\n',
    [
      'install',
      'apt-get update && \\\n    apt-get install -y x',
      'RUN apt-get update && \\\n    apt-get install -y x',
      'FROM a\nRUN apt-get update && \\\n    apt-get install -y x',
      '<document>',
    ],
  ],
  [
    'a heredoc body',
    'FROM a\nRUN <<EOF\necho |one\necho two\nEOF\n',
    [
      'one',
      'echo one\necho two',
      'RUN <<EOF\necho one\necho two\nEOF',
      'FROM a\nRUN <<EOF\necho one\necho two\nEOF',
      '<document>',
    ],
  ],
  [
    'an ONBUILD trigger',
    'FROM a\nONBUILD COPY |x /y\n',
    ['x', 'COPY x /y', 'ONBUILD COPY x /y', 'FROM a\nONBUILD COPY x /y', '<document>'],
  ],
  ['a comment', 'FROM a\n# a |note\nRUN x\n', ['note', '# a note', 'FROM a\n# a note\nRUN x', '<document>']],
];

for (const [name, input, want] of cases) {
  void test(`selection ranges: ${name}`, () => assert.deepEqual(expansions(input), want));
}

void test('selection ranges: one answer per position, each range inside its parent', () => {
  const { document } = withCursor('FROM a AS b\nCOPY --from=b x y|\n');
  const positions = [0, 1, 2].flatMap((line) => [0, 3, 12].map((character) => ({ line, character })));
  const answers = getSelectionRanges(document, positions);
  assert.equal(answers.length, positions.length);
  for (const answer of answers) assert.ok(answer.range, 'every position gets at least the document');
});
