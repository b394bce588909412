// The build view on streams captured from the real engines (replayed by a stand-in engine), and on interleaved
// steps: each Dockerfile step once, numbered as the Dockerfile counts them, with its output and how it ended.
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { Readable } from 'node:stream';
import { after, describe, it } from 'node:test';
import { buildImage, planBuild, type BuildEvent, type BuildStep } from '../../../client/engine/build';
import { EngineClient } from '../../../client/engine/client';
import { resolveEngineEndpoint } from '../../../client/engine/connection';
import { BuildStepView, failureHeadline, instructionTitle, planSteps } from '../../../client/extension/core/build-view';
import { plannedSteps } from '../../../core/dockerfile/steps';
import { parse } from '../../../core/parser/index';
import { dockerPing, podmanPing, startStandInEngine, type StandInEngine } from '../../support/stand-in-engine';

const fixtures = join(__dirname, '..', 'engine', 'fixtures');
const read = (name: string): string => readFileSync(join(fixtures, name), 'utf8');

/** Replays a captured build and returns what the panel shows, and the view. */
async function replay(
  fixture: string,
  dockerfile: string,
  podman: boolean,
  locale: 'en' | 'ko' = 'en',
): Promise<{ lines: string[]; view: BuildStepView }> {
  const engine: StandInEngine = await startStandInEngine({
    ping: podman ? podmanPing : dockerPing,
    handler: (_req, res) => {
      res.writeHead(200, { 'Content-Type': 'application/json' });
      res.end(read(fixture));
    },
  });
  const client = await EngineClient.connect(resolveEngineEndpoint({ host: engine.host }));
  const ast = parse(read(dockerfile));
  const builder = fixture.includes('buildkit') ? 'buildkit' : 'classic';
  const plan = planBuild(client, ast, builder);
  const lines: string[] = [];
  const view = new BuildStepView(
    planSteps(plannedSteps(ast, plan.numbering, undefined)),
    plan.builder,
    locale,
    (line) => lines.push(line),
  );
  await buildImage(client, { context: Readable.from([Buffer.alloc(1024)]), plan }, view.handle).catch(() => undefined);
  view.flush();
  client.close();
  await engine.close();
  return { lines, view };
}

/** Durations differ from run to run only in BuildKit's figures: `0.1s` becomes `#s`. */
const steady = (lines: string[]): string[] => lines.map((line) => line.replace(/\d+\.\d+s$/, '#s'));

void describe('build view on captured engine streams', () => {
  void it('BuildKit: one line per step, numbered among the Dockerfile steps (the capture found the RUN cached)', async () => {
    const { lines } = await replay('docker-buildkit-seed-run.ndjson', 'seed-run.Dockerfile', false);
    assert.deepEqual(steady(lines), [
      'Step 1/3: FROM base · #s',
      'Step 2/3: RUN echo hi && echo 한국어 · cached',
      'Step 3/3: COPY hello.txt / · #s',
    ]);
  });

  void it('Docker classic: every instruction is a step, with its layer', async () => {
    const { lines } = await replay('docker-classic-seed-run.ndjson', 'seed-run.Dockerfile', false);
    assert.equal(lines.length, 7, lines.join('\n'));
    assert.match(lines[0] ?? '', /^Step 1\/4: FROM base · layer [0-9a-f]{12}$/);
    assert.deepEqual(lines.slice(1, 4), ['Step 2/4: RUN echo hi && echo 한국어', '    hi', '    한국어']);
    assert.match(lines[4] ?? '', /^ {4}→ layer [0-9a-f]{12}$/);
    assert.match(lines[6] ?? '', /^Step 4\/4: CMD \["echo","hello"\] · layer [0-9a-f]{12}$/);
  });

  void it('Podman: numbered as Buildah counts, the failing step last with its output', async () => {
    const { lines, view } = await replay('podman-failing-run.ndjson', 'failing-run.Dockerfile', true);
    assert.equal(lines[0]?.startsWith('Step 1/4: FROM base'), true, lines.join('\n'));
    assert.deepEqual(lines.slice(-3), ['Step 3/4: RUN echo failing >&2 && exit 3', '    failing', '    → failed']);
    assert.deepEqual(view.tailOf(2), ['failing']);
  });

  void it('BuildKit failure: the failed step keeps its output for the report', async () => {
    const { lines, view } = await replay('docker-buildkit-failing-run.ndjson', 'failing-run.Dockerfile', false);
    assert.deepEqual(steady(lines).slice(-3), [
      'Step 3/3: RUN echo failing >&2 && exit 3',
      '    failing',
      '    → failed · #s',
    ]);
    assert.deepEqual(view.tailOf(2), ['failing']);
  });

  void it('in Korean', async () => {
    const { lines } = await replay('docker-buildkit-seed-run.ndjson', 'seed-run.Dockerfile', false, 'ko');
    assert.match(lines[0] ?? '', /^단계 1\/3: FROM base · [\d.]+초$/);
  });
});

void describe('build view on interleaved steps', () => {
  const ast = parse(
    'FROM base AS a\nRUN make a\nFROM base AS b\nRUN make b\nFROM base\nCOPY --from=a /a /\nCOPY --from=b /b /\n',
  );
  const step = (id: string, line: number, fields: Partial<BuildStep> = {}): BuildStep => ({
    id,
    index: 0,
    name: `[x] ${id}`,
    internal: false,
    line,
    status: 'running',
    cached: false,
    ...fields,
  });
  const lines: string[] = [];
  let now = 0;
  const view = new BuildStepView(
    planSteps(plannedSteps(ast, 'buildkit', undefined)),
    'buildkit',
    'en',
    (line) => lines.push(line),
    () => now,
  );
  after(() => view.flush());

  void it('shows a step that ran beside another once the first is done, in one piece', () => {
    const events: BuildEvent[] = [
      { type: 'step-started', step: step('from', 0) },
      { type: 'step-finished', step: step('from', 0, { status: 'done', cached: true }) },
      { type: 'step-started', step: step('a', 1) },
      { type: 'step-started', step: step('b', 3) },
      { type: 'log', step: step('b', 3), text: 'b says', stream: 'stdout' },
      { type: 'log', step: step('a', 1), text: 'a says', stream: 'stdout' },
    ];
    events.forEach(view.handle);
    now = 5000;
    assert.deepEqual(view.running(), { heading: 'Step 2/5: RUN make a', startedAt: 0 });
    view.handle({ type: 'step-finished', step: step('a', 1, { status: 'done', durationMs: 1200 }) });
    view.handle({ type: 'step-finished', step: step('from', 0, { status: 'done', cached: true }) }); // solved again
    view.handle({ type: 'step-finished', step: step('b', 3, { status: 'done', durationMs: 900 }) });
    assert.deepEqual(lines, [
      'Step 1/5: FROM base AS a · cached',
      'Step 2/5: RUN make a',
      '    a says',
      '    → 1.2s',
      'Step 3/5: RUN make b',
      '    b says',
      '    → 0.9s',
    ]);
    assert.equal(view.running(), undefined);
  });
});

void describe('failure headline', () => {
  const cases: [string, string][] = [
    ['executor failed running [/bin/sh -c exit 3]: exit code: 3', 'the command exited with code 3'],
    ['process "/bin/sh -c exit 3" did not complete successfully: exit code: 3', 'the command exited with code 3'],
    ["The command '/bin/sh -c exit 3' returned a non-zero code: 3", 'the command exited with code 3'],
    [
      'error building at STEP "RUN exit 3": error while running runtime: exit status 3',
      'the command exited with code 3',
    ],
    ['failed to compute cache key: "/missing.txt" not found', 'failed to compute cache key: "/missing.txt" not found'],
  ];
  for (const [engine, reason] of cases) {
    void it(engine, () => {
      assert.equal(failureHeadline(2, 'RUN exit 3', engine, 'en'), `Line 3 \`RUN exit 3\` failed: ${reason}`);
    });
  }
  void it('in Korean, with the particle after the code', () => {
    assert.equal(
      failureHeadline(2, 'RUN exit 3', 'exit code: 3', 'ko'),
      '3번째 줄 `RUN exit 3` 단계가 실패했습니다: 명령이 종료 코드 3으로 끝났습니다',
    );
  });
  void it('titles long instructions on one short line, flags included', () => {
    const [run] = parse(
      'RUN --mount=type=cache,target=/var/cache/apt \\\n    apt-get update && apt-get install -y curl git make\n',
    ).instructions;
    assert.ok(run);
    assert.equal(instructionTitle(run), 'RUN --mount=type=cache,target=/var/cache/apt apt-get update…');
  });
});
