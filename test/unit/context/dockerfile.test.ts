// The Dockerfile and `.dockerignore` when they are not plain files: a folder, a pipe, a device, a link that loops or
// leads outside the context, a huge file. Each is one clear ContextError before any byte is sent, never a hang.
import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { truncateSync } from 'node:fs';
import { join } from 'node:path';
import { ContextError, type ContextErrorKind } from '../../../client/context/errors.js';
import { packContext } from '../../../client/context/pack.js';
import { makeContext, type FileSpec } from './fixture.js';
import { tarEntries } from './tar-entries.js';

const DF = 'FROM scratch\n';

function packError(files: Record<string, FileSpec>, dockerfile?: string): ContextError {
  const fx = makeContext(files);
  try {
    packContext({ contextDir: fx.contextDir, ...(dockerfile ? { dockerfile } : {}) }).stream.destroy();
  } catch (err) {
    assert.ok(err instanceof ContextError, String(err));
    return err;
  } finally {
    fx.cleanup();
  }
  assert.fail('packContext did not throw');
}

const CASES: { name: string; files: Record<string, FileSpec>; dockerfile?: string; kind: ContextErrorKind }[] = [
  { name: 'CTX/Dockerfile is a folder', files: { 'Dockerfile/x': 'x' }, kind: 'is-folder' },
  { name: '-f names a folder', files: { Dockerfile: DF, 'docker/x': 'x' }, dockerfile: 'docker', kind: 'is-folder' },
  {
    name: 'the Dockerfile is a pipe (reading it would block)',
    files: { Dockerfile: { fifo: true } },
    kind: 'special-file',
  },
  { name: '-f /dev/zero (a device)', files: { Dockerfile: DF }, dockerfile: '/dev/zero', kind: 'special-file' },
  { name: '.dockerignore is a folder', files: { Dockerfile: DF, '.dockerignore/x': 'x' }, kind: 'is-folder' },
  { name: '.dockerignore is a pipe', files: { Dockerfile: DF, '.dockerignore': { fifo: true } }, kind: 'special-file' },
  {
    name: 'the Dockerfile is a link to itself',
    files: { Dockerfile: { symlink: 'Dockerfile' } },
    kind: 'symlink-loop',
  },
  {
    name: 'the Dockerfile is a link to nothing',
    files: { Dockerfile: { symlink: 'gone.Dockerfile' } },
    kind: 'dockerfile-missing',
  },
];

void describe('a Dockerfile or .dockerignore that is not a plain file', () => {
  for (const c of CASES) {
    void it(c.name, { timeout: 5000 }, () => {
      const err = packError(c.files, c.dockerfile);
      assert.equal(err.kind, c.kind, err.message);
      assert.doesNotMatch(err.message, /\n|E[A-Z]{3,}/, 'one line, no errno');
      assert.match(err.localized('ko').message, /[가-힣]/);
    });
  }

  void it('a Dockerfile larger than 16 MB is refused without being read', () => {
    const fx = makeContext({ Dockerfile: DF });
    try {
      truncateSync(join(fx.contextDir, 'Dockerfile'), 17 * 1024 * 1024 * 1024); // sparse: 17 GB of nothing
      assert.throws(
        () => packContext({ contextDir: fx.contextDir }),
        (err) => err instanceof ContextError && err.kind === 'too-large' && /larger than 16 MB/.test(err.message),
      );
    } finally {
      fx.cleanup();
    }
  });

  // Regression: a Dockerfile linked to a file outside the context gave "Cannot find the Dockerfile".
  void it('a Dockerfile linked to a file outside the context is read through the link and sent as that file', async () => {
    const text = 'FROM scratch\nLABEL from=outside\n';
    const fx = makeContext({
      '../shared/app.Dockerfile': { text, mode: 0o640 },
      Dockerfile: { symlink: '../shared/app.Dockerfile' },
      'app.js': 'a',
      '.dockerignore': 'Dockerfile\n',
    });
    try {
      const packed = packContext({ contextDir: fx.contextDir });
      assert.equal(packed.dockerfileText, text);
      assert.equal(packed.dockerfileInContext, 'Dockerfile');
      const entries = await tarEntries(packed.stream);
      const sent = entries.find((e) => e.name === 'Dockerfile');
      assert.deepEqual(
        sent && { type: sent.type, mode: sent.mode, content: sent.content },
        { type: 'file', mode: 0o640, content: text },
        'a file the engine can read, where a link would lead nowhere once extracted',
      );
      assert.deepEqual(
        entries.map((e) => e.name),
        ['.dockerignore', 'Dockerfile', 'app.js'],
      );
    } finally {
      fx.cleanup();
    }
  });
});
