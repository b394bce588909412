// A build is planned once: the builder, how it numbers its steps, and the features check; buildImage keeps to the plan.
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { Readable } from 'node:stream';
import { after, before, describe, it } from 'node:test';
import { buildImage, BuildError, planBuild, type BuildEvent } from '../../../client/engine/build';
import { EngineClient } from '../../../client/engine/client';
import { resolveEngineEndpoint } from '../../../client/engine/connection';
import { parse } from '../../../core/parser/index';
import { dockerPing, podmanPing, startStandInEngine, type StandInEngine } from '../../support/stand-in-engine';

const fixtures = join(__dirname, 'fixtures');
const read = (name: string): Buffer => readFileSync(join(fixtures, name));

void describe('planBuild', () => {
  const engines: Record<string, StandInEngine> = {};
  before(async () => {
    for (const [name, ping] of Object.entries({ docker: dockerPing, podman: podmanPing })) {
      engines[name] = await startStandInEngine({
        ping,
        handler: (_req, res) => {
          res.writeHead(200, { 'Content-Type': 'application/json' });
          res.end(read('docker-classic-seed-run.ndjson'));
        },
      });
    }
  });
  after(() => Promise.all(Object.values(engines).map((engine) => engine.close())));
  const connect = (name: string) => EngineClient.connect(resolveEngineEndpoint({ host: engines[name]?.host ?? '' }));

  void it('chooses the builder and its step numbering', async () => {
    const ast = parse('FROM base\n');
    const cases: [string, 'auto' | 'classic', string, string][] = [
      ['docker', 'auto', 'buildkit', 'buildkit'],
      ['docker', 'classic', 'classic', 'docker-classic'],
      ['podman', 'auto', 'classic', 'podman'],
    ];
    for (const [engine, choice, builder, numbering] of cases) {
      const client = await connect(engine);
      const plan = planBuild(client, ast, choice);
      client.close();
      assert.deepEqual([plan.builder, plan.numbering, plan.ast], [builder, numbering, ast], `${engine} ${choice}`);
    }
  });

  void it('refuses BuildKit-only features for a classic builder, naming the line', async () => {
    const client = await connect('podman');
    assert.throws(
      () => planBuild(client, parse('FROM base\nCOPY --link a /a\n')),
      (error: unknown) => error instanceof BuildError && error.kind === 'needs-buildkit' && error.line === 1,
    );
    client.close();
  });

  void it('buildImage builds as planned: with its builder, mapping steps to the lines of its Dockerfile', async () => {
    const client = await connect('docker');
    const plan = planBuild(client, parse(read('seed-run.Dockerfile').toString()), 'classic');
    const events: BuildEvent[] = [];
    const context = Readable.from([Buffer.alloc(1024)]);
    const result = await buildImage(client, { context, plan, builder: 'buildkit' }, (e) => events.push(e));
    client.close();
    assert.equal(result.builder, 'classic');
    assert.match(engines.docker?.requests.at(-1) ?? '', /version=1/);
    const lines = events.flatMap((e) => (e.type === 'step-started' ? [e.step.line] : []));
    assert.deepEqual(lines, [0, 1, 2, 3]);
  });
});
