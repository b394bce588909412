// buildImage on streams captured from the real engines, replayed by a stand-in engine in pieces of several sizes.
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { Readable } from 'node:stream';
import { after, before, describe, it } from 'node:test';
import { buildImage, BuildError, type BuildEvent } from '../../../client/engine/build';
import { EngineClient } from '../../../client/engine/client';
import { resolveEngineEndpoint } from '../../../client/engine/connection';
import {
  dockerPing,
  podmanPing,
  startStandInEngine,
  writeInPieces,
  type StandInEngine,
} from '../../support/stand-in-engine';

const fixtures = join(__dirname, 'fixtures');
const read = (name: string): Buffer => readFileSync(join(fixtures, name));

interface Want {
  imageId?: string;
  /** Dockerfile steps (not BuildKit's internal vertexes) as [name prefix, line, cached, status]. */
  steps: [string, number | undefined, boolean, string][];
  logs?: [string, string][];
  output?: string[];
  failure?: { line: number; message: RegExp };
}

const cases: {
  name: string;
  fixture: string;
  dockerfile: string;
  ping: Record<string, string>;
  builder: 'classic' | 'buildkit';
  want: Want;
}[] = [
  {
    name: 'Docker classic: the seed with a RUN',
    fixture: 'docker-classic-seed-run.ndjson',
    dockerfile: 'seed-run.Dockerfile',
    ping: dockerPing,
    builder: 'classic',
    want: {
      imageId: 'sha256:2157d907a27fad81d3d11694fd7b4ce3b8ee25b3a7ac283a0a76c786001dadc7',
      steps: [
        ['FROM base', 0, false, 'done'],
        ['RUN echo hi', 1, false, 'done'],
        ['COPY hello.txt /', 2, false, 'done'],
        ['CMD ["echo","hello"]', 3, false, 'done'],
      ],
      logs: [
        ['hi', 'stdout'],
        ['한국어', 'stdout'],
      ],
      output: ['Step 2/4 : RUN echo hi && echo 한국어', 'Successfully built 2157d907a27f'],
    },
  },
  {
    name: 'Docker classic: a failing RUN',
    fixture: 'docker-classic-failing-run.ndjson',
    dockerfile: 'failing-run.Dockerfile',
    ping: dockerPing,
    builder: 'classic',
    want: {
      steps: [
        ['FROM base', 0, false, 'done'],
        ['RUN echo before', 1, false, 'done'],
        ['RUN echo failing', 2, false, 'error'],
      ],
      logs: [
        ['before', 'stdout'],
        ['failing', 'stderr'],
      ],
      failure: { line: 2, message: /returned a non-zero code: 3/ },
    },
  },
  {
    name: 'BuildKit: the seed with a RUN',
    fixture: 'docker-buildkit-seed-run.ndjson',
    dockerfile: 'seed-run.Dockerfile',
    ping: dockerPing,
    builder: 'buildkit',
    want: {
      imageId: 'sha256:eafff310b412ad19d5ad7434e2cbbb879a9efc376f4561c05e6e7a5b11cd039b',
      steps: [
        ['[1/3] FROM', 0, false, 'done'],
        ['[2/3] RUN echo hi', 1, true, 'done'],
        ['[3/3] COPY hello.txt /', 2, false, 'done'],
      ],
      logs: [],
      output: [
        '#1 [internal] load remote build context',
        '#4 CACHED',
        '#7 writing image sha256:eafff310b412ad19d5ad7434e2cbbb879a9efc376f4561c05e6e7a5b11cd039b done',
      ],
    },
  },
  {
    name: 'BuildKit: a failing RUN',
    fixture: 'docker-buildkit-failing-run.ndjson',
    dockerfile: 'failing-run.Dockerfile',
    ping: dockerPing,
    builder: 'buildkit',
    want: {
      steps: [
        ['[1/3] FROM', 0, true, 'done'],
        ['[2/3] RUN echo before', 1, false, 'done'],
        ['[3/3] RUN echo failing', 2, false, 'error'],
      ],
      logs: [
        ['before', 'stdout'],
        ['failing', 'stderr'],
      ],
      failure: { line: 2, message: /exit code: 3/ },
    },
  },
  {
    name: 'Podman: the seed with a RUN',
    fixture: 'podman-seed-run.ndjson',
    dockerfile: 'seed-run.Dockerfile',
    ping: podmanPing,
    builder: 'classic',
    want: {
      imageId: 'sha256:280a9c35e0b9bcc72835cd734ec5a2b7043affedb60e8cd8ee008c42599ac9ea',
      steps: [
        ['FROM base', 0, false, 'done'],
        ['RUN echo hi', 1, false, 'done'],
        ['COPY hello.txt /', 2, false, 'done'],
        ['CMD ["echo","hello"]', 3, false, 'done'],
      ],
      logs: [
        ['hi', 'stdout'],
        ['한국어', 'stdout'],
      ],
    },
  },
  {
    name: 'Podman: a failing RUN',
    fixture: 'podman-failing-run.ndjson',
    dockerfile: 'failing-run.Dockerfile',
    ping: podmanPing,
    builder: 'classic',
    want: {
      steps: [
        ['FROM base', 0, false, 'done'],
        ['RUN echo before', 1, false, 'done'],
        ['RUN echo failing', 2, false, 'error'],
      ],
      logs: [
        ['before', 'stdout'],
        ['failing', 'stdout'],
      ],
      failure: { line: 2, message: /exit status 3/ },
    },
  },
];

for (const c of cases) {
  void describe(c.name, () => {
    let engine: StandInEngine;
    let pieceSize = 1;
    before(async () => {
      engine = await startStandInEngine({
        ping: c.ping,
        handler: (_req, res) => {
          res.writeHead(200, { 'Content-Type': 'application/json' });
          void writeInPieces(res, read(c.fixture), pieceSize);
        },
      });
    });
    after(() => engine.close());

    for (const size of [1, 7, 64, 100_000]) {
      void it(`reads steps, lines, logs and the result in pieces of ${size} bytes`, async () => {
        pieceSize = size;
        const client = await EngineClient.connect(resolveEngineEndpoint({ host: engine.host }));
        const events: BuildEvent[] = [];
        const outcome = await buildImage(
          client,
          {
            context: Readable.from([Buffer.alloc(1024)]),
            dockerfileText: read(c.dockerfile).toString(),
            builder: c.builder,
          },
          (e) => events.push(e),
        ).catch((err: unknown) => err);
        client.close();
        check(c.want, outcome, events);
        assert.match(engine.requests.at(-1) ?? '', c.builder === 'buildkit' ? /version=2/ : /version=1/);
      });
    }
  });
}

function check(want: Want, outcome: unknown, events: BuildEvent[]): void {
  // The last outcome of each Dockerfile step (BuildKit may solve a vertex twice, e.g. a FROM re-run as CACHED).
  const last = new Map(
    events.flatMap((e) => (e.type === 'step-finished' && !e.step.internal ? [[e.step.id, e.step] as const] : [])),
  );
  const finished = [...last.values()];
  assert.deepEqual(
    finished.map((s) => [s.name.slice(0, want.steps[finished.indexOf(s)]?.[0].length), s.line, s.cached, s.status]),
    want.steps,
  );
  if (want.logs)
    assert.deepEqual(
      events.flatMap((e) => (e.type === 'log' ? [[e.text, e.stream]] : [])),
      want.logs,
    );
  const output = events.flatMap((e) => (e.type === 'output' ? [e.text] : []));
  for (const line of want.output ?? []) assert.ok(output.includes(line), `output has ${line}`);
  assert.ok(!events.some((e) => e.type === 'malformed'));
  if (want.failure) {
    assert.ok(outcome instanceof BuildError, 'the build fails');
    assert.equal(outcome.line, want.failure.line);
    assert.match(outcome.engineMessage ?? '', want.failure.message);
    assert.ok(events.some((e) => e.type === 'error' && e.step?.line === want.failure?.line));
  } else {
    assert.ok(!(outcome instanceof Error), String(outcome));
    assert.equal((outcome as { imageId: string }).imageId, want.imageId);
  }
}
