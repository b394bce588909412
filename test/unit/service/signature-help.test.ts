import { test } from 'node:test';
import assert from 'node:assert/strict';
import { INSTRUCTIONS } from '../../../core/dockerfile/instructions';
import { getSignatureHelp } from '../../../server/service/index';
import { withCursor } from './support';

/** The text of the active parameter, or undefined when there is none. */
function active(marked: string): string | undefined {
  const { document, position } = withCursor(marked);
  const help = getSignatureHelp(document, position);
  const signature = help?.signatures[0];
  const parameter = signature?.parameters?.[help?.activeParameter ?? -1];
  if (!signature || !parameter || typeof parameter.label === 'string') return undefined;
  return signature.label.slice(...parameter.label);
}

const cases: [string, string | undefined][] = [
  ['FROM |', '<image>[:<tag>]'],
  ['FROM alpine AS |', '[AS <name>]'],
  ['FROM --platform=linux/arm64| alpine', '[--platform=<linux/amd64>]'],
  ['FROM --pl|', '[--platform=<linux/amd64>]'],
  ['COPY a|', '<src>…'],
  ['COPY a |', '<dest>'],
  ['COPY a b |', '<dest>'],
  ['COPY a |b c', '<src>…'],
  ['COPY --from=build |a b', '<src>…'],
  ['COPY --from=bu|ild a b', '[--from=<stage>]'],
  ['COPY --ch|', '[--chown=<user>:<group>]'],
  ['COPY --link| a b', '[--link]'],
  ['COPY a \\\n  b \\\n  |', '<dest>'],
  ['RUN --mount=type=cache|', '[--mount=type=<cache|bind|secret|ssh|tmpfs>,target=</path>]…'],
  ['RUN echo --mount|', '<command>…'],
  ['HEALTHCHECK --interval=5s |', 'CMD|NONE'],
  ['HEALTHCHECK CMD |', '<command>…'],
  ['USER a |', '<user>[:<group>]'],
  ['FROM a\nONBUILD COPY x |', '<dest>'],
  ['CMD ["a", |', '<command>…'],
  ['copy a |', '<dest>'],
];

for (const [input, want] of cases) {
  void test(`signature help: ${JSON.stringify(input)} → ${want}`, () => {
    assert.equal(active(input), want);
  });
}

void test('signature help: none on the keyword, in a heredoc body, on unknown instructions or comments', () => {
  for (const input of ['CO|PY a b', 'COPY| a', 'RUN <<EOF\nec|ho\nEOF\n', 'FOO |bar', '# FROM |']) {
    const { document, position } = withCursor(input);
    assert.equal(getSignatureHelp(document, position), undefined, input);
  }
});

void test('signature help: every instruction of the table has a signature that lists its flags', () => {
  for (const spec of INSTRUCTIONS) {
    const { document, position } = withCursor(`${spec.keyword} |`);
    const signature = getSignatureHelp(document, position)?.signatures[0];
    assert.ok(signature && signature.label.startsWith(spec.keyword), spec.keyword);
    for (const flag of spec.flags)
      assert.ok(signature.label.includes(`--${flag.name}`), `${spec.keyword} --${flag.name}`);
    assert.equal(signature.parameters?.length, spec.flags.length + spec.parameters.length);
  }
});

void test('signature help: flag and instruction docs follow the locale', () => {
  const { document, position } = withCursor('COPY --from=|');
  const korean = getSignatureHelp(document, position, 'ko');
  const doc = korean?.signatures[0]?.documentation;
  assert.ok(doc && typeof doc !== 'string' && /[가-힣]/.test(doc.value));
  const flagDocText = korean?.signatures[0]?.parameters?.[korean.activeParameter ?? 0]?.documentation;
  assert.ok(typeof flagDocText === 'string' && /[가-힣]/.test(flagDocText));
});
