// A context with ignored files, built on real engines (docker with both builders, podman): what the
// engine received is read back from inside the built image.
import { it } from 'node:test';
import assert from 'node:assert/strict';
import { packContext } from '../../../client/context/pack.js';
import { buildImage, type BuilderKind } from '../../../client/engine/build.js';
import { runContainer } from '../../../client/engine/run.js';
import { describeEngines, testLabelKey, testRunId, type EngineSuite } from '../../support/engines.js';
import { makeContext } from '../../unit/context/fixture.js';
import { engineUlimits } from '../run/support.js';

const IGNORE = [
  'secret.txt',
  'logs',
  '!logs/keep.log',
  '**/*.tmp',
  'node_modules',
  'cache',
  '!**/cache/important',
  'Dockerfile',
  '.dockerignore',
].join('\n');

const FILES = {
  '.dockerignore': IGNORE + '\n',
  'secret.txt': 'password',
  'logs/debug.log': 'd',
  'logs/keep.log': 'k',
  'a.tmp': 't',
  'src/b.tmp': 't',
  'src/app.js': 'app',
  'node_modules/m/index.js': 'm',
  'cache/important': 'i',
  'with space/é.txt': 'u',
};

const PRESENT = ['/ctx/src/app.js', '/ctx/logs/keep.log', '/ctx/with space/é.txt'];
const ABSENT = [
  '/ctx/secret.txt',
  '/ctx/logs/debug.log',
  '/ctx/a.tmp',
  '/ctx/src/b.tmp',
  '/ctx/node_modules',
  '/ctx/cache',
];

/** `tar`: packContext's tar, as before sessions; `folder`: buildImage picks (a BuildKit session on Docker). */
async function listingInImage(suite: EngineSuite, builder: BuilderKind, via: 'tar' | 'folder'): Promise<string[]> {
  const dockerfile = `FROM ${suite.baseImage}\nCOPY . /ctx\nRUN find /ctx | sort > /listing\n`;
  const fx = makeContext({ ...FILES, Dockerfile: dockerfile });
  try {
    const packed = via === 'tar' ? packContext({ contextDir: fx.contextDir }) : undefined;
    const result = await buildImage(suite.client, {
      ...(packed ? { context: packed.stream, dockerfile: packed.dockerfileInContext } : { contextDir: fx.contextDir }),
      dockerfileText: dockerfile,
      builder,
      networkMode: 'none',
      noCache: true,
      labels: { [testLabelKey]: testRunId },
    });
    suite.resources.trackImage(result.imageId);
    const chunks: Buffer[] = [];
    const ulimits = engineUlimits(suite); // Podman in a sandbox needs lower limits to start containers
    const run = await runContainer(
      suite.client,
      {
        image: result.imageId,
        cmd: ['cat', '/listing'],
        network: 'none',
        labels: { [testLabelKey]: testRunId },
        ...(ulimits ? { ulimits } : {}),
      },
      (chunk) => void (chunk.stream === 'stdout' && chunks.push(chunk.data)),
    );
    assert.equal(run.exitCode, 0);
    return Buffer.concat(chunks).toString('utf8').split('\n').filter(Boolean);
  } finally {
    fx.cleanup();
  }
}

describeEngines('a context with ignored files reaches the engine without them', (suite) => {
  const variants = [
    ['classic', 'tar'],
    ['buildkit', 'tar'],
    ['buildkit', 'folder'],
  ] as const;
  for (const [builder, via] of variants) {
    void it(`${builder} builder${via === 'folder' ? ', the folder through a session when there is one' : ''}`, async (t) => {
      if (builder === 'buildkit' && !suite.client.supportsBuildKit) {
        t.skip(`${suite.engine.name} has no BuildKit`);
        return;
      }
      const listing = await listingInImage(suite, builder, via);
      for (const path of PRESENT) assert.ok(listing.includes(path), `${path} is in the image:\n${listing.join('\n')}`);
      for (const path of ABSENT) {
        assert.ok(
          !listing.some((p) => p === path || p.startsWith(path + '/')),
          `${path} was ignored:\n${listing.join('\n')}`,
        );
      }
    });
  }
});
