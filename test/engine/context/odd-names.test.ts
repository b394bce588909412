// File names that are not UTF-8 (`caf\xe9.txt`), built on real engines (docker with both builders, podman): the
// image holds them under their own bytes, and .dockerignore left out what it matches, as the docker CLI does.
// `\udcXX` in a name stands for the byte 0xXX (see core/ignore/names).
import { it } from 'node:test';
import assert from 'node:assert/strict';
import { decodeName, displayName } from '../../../core/ignore/names.js';
import { packContext } from '../../../client/context/pack.js';
import { buildImage, type BuilderKind } from '../../../client/engine/build.js';
import { runContainer } from '../../../client/engine/run.js';
import { describeEngines, testLabelKey, testRunId, type EngineSuite } from '../../support/engines.js';
import { makeContext } from '../../unit/context/fixture.js';
import { engineUlimits } from '../run/support.js';

const FILES = {
  '.dockerignore': 'caf?.tmp\nx???.log\nraw\udce9\n',
  'caf\udce9.txt': 'e9',
  'café.txt': 'utf-8',
  'd\udcff/inner': 'ff',
  'caf\udcff.tmp': 'ignored by ?',
  'x\udcf0\udc9f\udc98.log': 'ignored: three bytes, three ?',
  'raw\udce9': 'ignored by its own bytes',
  'raw\udcff': 'kept: another byte',
};
const PRESENT = ['/ctx/caf\udce9.txt', '/ctx/café.txt', '/ctx/d\udcff/inner'];
const ABSENT = ['/ctx/caf\udcff.tmp', '/ctx/x\udcf0\udc9f\udc98.log', '/ctx/raw\udce9'];
/**
 * We send `raw\xff` (the pattern `raw\xe9` matches its own bytes only, as the CLI's does); Docker keeps it, while
 * Podman 4.3 applies `.dockerignore` again on its side, reading every such byte as U+FFFD, and drops it too.
 */
const SENT = '/ctx/raw\udcff';

async function listingInImage(suite: EngineSuite, builder: BuilderKind): Promise<string[]> {
  const dockerfile = `FROM ${suite.baseImage}\nCOPY . /ctx\nRUN find /ctx > /listing\n`;
  const fx = makeContext({ ...FILES, Dockerfile: dockerfile });
  try {
    const packed = packContext({ contextDir: fx.contextDir });
    const result = await buildImage(suite.client, {
      context: packed.stream,
      dockerfile: packed.dockerfileInContext,
      dockerfileText: packed.dockerfileText,
      builder,
      networkMode: 'none',
      noCache: true,
      labels: { [testLabelKey]: testRunId },
    });
    suite.resources.trackImage(result.imageId);
    const chunks: Buffer[] = [];
    const ulimits = engineUlimits(suite);
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
    const listing = Buffer.concat(chunks);
    const lines: string[] = [];
    for (let at = 0, end = listing.indexOf(10); end >= 0; at = end + 1, end = listing.indexOf(10, at))
      lines.push(decodeName(listing.subarray(at, end)));
    return lines;
  } finally {
    fx.cleanup();
  }
}

describeEngines('names that are not UTF-8 reach the engine as their bytes', (suite) => {
  for (const builder of ['classic', 'buildkit'] as const) {
    void it(`${builder} builder`, async (t) => {
      if (builder === 'buildkit' && !suite.client.supportsBuildKit) {
        t.skip(`${suite.engine.name} has no BuildKit`);
        return;
      }
      const listing = await listingInImage(suite, builder);
      const shown = listing.map(displayName).join('\n');
      for (const path of PRESENT) assert.ok(listing.includes(path), `${displayName(path)} is in the image:\n${shown}`);
      for (const path of ABSENT) assert.ok(!listing.includes(path), `${displayName(path)} was ignored:\n${shown}`);
      assert.equal(listing.includes(SENT), !suite.client.isPodman, `${displayName(SENT)}, per engine:\n${shown}`);
    });
  }
});
