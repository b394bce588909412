// Each .dockerignore rule, as a table of contexts whose expected tar listings were recorded from the
// real docker CLI (see cases.ts for how).
import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { packContext } from '../../../client/context/pack.js';
import { ContextError } from '../../../client/context/errors.js';
import { CASES } from './cases.js';
import { describeAll, makeContext, normalizeRandomName, sortTail } from './fixture.js';
import { tarEntries } from './tar-entries.js';

void describe('build context matches the docker CLI', () => {
  for (const c of CASES) {
    void it(c.name, async () => {
      const fx = makeContext(c.files);
      try {
        const options = { contextDir: fx.contextDir, ...(c.dockerfile ? { dockerfile: c.dockerfile } : {}) };
        if (!Array.isArray(c.want)) {
          const kind = c.want.error;
          assert.throws(
            () => packContext(options),
            (err) => err instanceof ContextError && err.kind === kind,
          );
          return;
        }
        const packed = packContext(options);
        const entries = await tarEntries(packed.stream);
        assert.deepEqual(describeAll(entries, c.unorderedTail), sortTail(c.want, c.unorderedTail));
        assert.equal(normalizeRandomName(packed.dockerfileInContext), c.wantDockerfile ?? 'Dockerfile');
        if (c.wantDockerignore !== undefined) {
          const ignore = entries.find((e) => e.name === '.dockerignore');
          assert.equal(normalizeRandomName(ignore?.content ?? ''), c.wantDockerignore);
        }
      } finally {
        fx.cleanup();
      }
    });
  }
});
