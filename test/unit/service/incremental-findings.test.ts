// Findings after edits, on the trees an incremental reparse builds (which keep the instructions an edit did not touch,
// and with them the shell snippets extracted and parsed for them, and the walks of the stages), equal those of a fresh
// parse of the same text.
import assert from 'node:assert/strict';
import { before, test } from 'node:test';
import fc from 'fast-check';
import { DocumentStore } from '../../../server/documents';
import { getDiagnostics, parseDocument } from '../../../server/service/index';
import { loadNodeShellParser } from '../../../core/node/shell-wasm';
import type { ShellParser } from '../../../core/shell';

const LINES = [
  'FROM debian:12 AS build',
  'FROM alpine',
  'RUN apt-get install curl',
  'RUN apk add git \\',
  '    && wget -q x | sh',
  'SHELL ["/bin/bash", "-o", "pipefail", "-c"]',
  'SHELL ["/bin/sh", "-c"]',
  'RUN curl -fsSL x | sh',
  'RUN if [ -f x ]; then echo yes',
  'RUN <<EOF',
  'cd /app && sudo apt-get install -y x',
  'EOF',
  'RUN bash <<SCRIPT',
  'pip install flask | tee log',
  'SCRIPT',
  'ONBUILD RUN cd /x && apt-get upgrade',
  'HEALTHCHECK CMD curl -f http://localhost/ || exit 1',
  'CMD echo $HOME',
  'FROM build',
  'ENV PIP_NO_CACHE_DIR=1 =x',
  'EXPOSE 80:8080/TCP',
  'ADD app.py a.txt /app',
  'COPY --form=x . /',
  'RUN --mount=type=cach apk add x',
  'STOPSIGNAL SIGFOO',
  'WORKDIR',
  '',
  '# a comment',
  // What the stage walk sees: global and stage ARGs, ENV, WORKDIR, variables the builder expands.
  'ARG V=1',
  'ARG STAGE_ONLY',
  'ENV A=$V B=${STAGE_ONLY}',
  'WORKDIR app',
  'WORKDIR $A/x',
  'COPY $UNSET x.txt /x/',
  'LABEL v=$STAGE_ONL',
  'FROM build AS next',
];
const INSERTS = [
  'x',
  '\n',
  '\r\n',
  ' \\\n',
  '|',
  '; then',
  'EOF\n',
  'RUN cd /y\n',
  'FROM alpine\n',
  'SHELL ["bash", "-o", "pipefail", "-c"]\n',
  '',
];

const documents = fc
  .tuple(fc.array(fc.constantFrom(...LINES), { minLength: 1, maxLength: 20 }), fc.constantFrom('\n', '\r\n'))
  .map(([lines, eol]) => lines.join(eol) + eol);
/** Options that turn rules on and off between versions: the findings kept per instruction must follow them. */
const OPTIONS = [
  {},
  { locale: 'ko' },
  { severities: { all: 'off' as const, ApkNoCache: 'info' as const } },
  { buildArgs: { V: '2' } },
  { isIgnored: (path: string) => path.startsWith('x') },
];

const edits = fc.array(
  fc.record({
    at: fc.double({ min: 0, max: 1, noNaN: true }),
    deleted: fc.nat({ max: 8 }),
    text: fc.constantFrom(...INSERTS),
    options: fc.constantFrom(...OPTIONS),
  }),
  { minLength: 1, maxLength: 6 },
);

/** An offset inside a `\r\n` moved before it: a position (line, character) cannot name one. */
function outsideLineBreak(text: string, offset: number): number {
  return text[offset - 1] === '\r' && text[offset] === '\n' ? offset - 1 : offset;
}

let parser: ShellParser;

before(async () => {
  parser = await loadNodeShellParser();
});

void test('incremental findings: after any edits, full or ranged sync, with any rules on, the findings equal a fresh check', () => {
  fc.assert(
    fc.property(documents, edits, fc.boolean(), (initial, steps, fullSync) => {
      const store = new DocumentStore();
      const uri = 'file:///Dockerfile';
      store.open(uri, 1, initial);
      getDiagnostics(store.get(uri)!, { shell: { parser } });
      let text = initial;
      let version = 1;
      for (const step of steps) {
        const start = outsideLineBreak(text, Math.floor(step.at * text.length));
        const end = outsideLineBreak(text, Math.min(text.length, start + step.deleted));
        const next = text.slice(0, start) + step.text + text.slice(end);
        const document = store.get(uri)!;
        const range = { start: document.lines.positionAt(start), end: document.lines.positionAt(end) };
        store.update(uri, ++version, [fullSync ? { text: next } : { range, text: step.text }]);
        text = next;
        const edited = store.get(uri)!;
        assert.equal(edited.text, text);
        const options = { ...step.options, shell: { parser } };
        const fresh = getDiagnostics(parseDocument(text), options);
        assert.deepEqual(getDiagnostics(edited, options), fresh, JSON.stringify(text));
      }
    }),
    { numRuns: 400 },
  );
});
