// Hostile shapes for the features that follow stages: a chain of tens of thousands of stages, each built on the one
// before, answers hover, definition, completion, inlay hints and links without running out of stack or time (the
// deadline is a freeze detector, far above what a call takes: a lookup per stage over every stage took minutes).
import assert from 'node:assert/strict';
import { test } from 'node:test';
import * as service from '../../../server/service/index';

const STAGES = 50_000;

/** `FROM s(i-1) AS s(i)` and `ENV V(i)=$V(i-1)`, so every variable resolves through the whole chain above it. */
function chain(): string {
  const lines = ['FROM busybox AS s0', 'ENV V0=first'];
  for (let i = 1; i < STAGES; i++) lines.push(`FROM s${i - 1} AS s${i}`, `ENV V${i}=$V${i - 1} UNSET=$NOWHERE`);
  lines.push('ENV LAST=$V0');
  return `${lines.join('\n')}\n`;
}

const text = chain();
const document = service.parseDocument(text);
const lastLine = STAGES * 2;
const at = (character: number) => ({ line: lastLine, character });

/** `run`'s result; it must not freeze. */
function quick<T>(run: () => T): T {
  const started = performance.now();
  const result = run();
  assert.ok(performance.now() - started < 5000, `took ${Math.round(performance.now() - started)} ms`);
  return result;
}

void test('many stages: a variable defined 50,000 stages up resolves for hover and definition', () => {
  const hover = quick(() => service.getHover(document, at('ENV LAST=$'.length + 1), 'en'));
  assert.match(JSON.stringify(hover?.contents), /first/);
  const [definition] = quick(() => service.getDefinition(document, at('ENV LAST=$'.length + 1)));
  assert.equal(definition?.range.start.line, 1);
});

void test('many stages: completion offers every inherited variable, and inlay hints show values through the chain', () => {
  const names = quick(() => service.getCompletions(document, at('ENV LAST=$'.length), 'en')).map((c) => c.label);
  assert.ok(names.includes('V0') && names.includes(`V${STAGES - 1}`));
  const range = { start: { line: lastLine - 20, character: 0 }, end: { line: lastLine + 1, character: 0 } };
  const hints = quick(() => service.getInlayHints(document, range, {}, 'en')).map((h) => h.label);
  assert.ok(hints.includes('= first'), JSON.stringify(hints));
  assert.ok(hints.includes('busybox'), 'a stage reference shows the image the chain starts from');
});

void test('many stages: links, highlights and references look stages up by name', () => {
  assert.equal(quick(() => service.getDocumentLinks(document)).length, 1);
  const stageRef = { line: lastLine - 2, character: 'FROM s'.length };
  const highlights = quick(() => service.getDocumentHighlights(document, stageRef));
  assert.equal(highlights.length, 2, 'the stage name where it is declared and where it is used');
  assert.equal(quick(() => service.getReferences(document, stageRef, true)).length, 2);
});
