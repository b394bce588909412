// Tar headers as the docker CLI writes them. Expected values were observed in the CLI's upload to a
// stand-in engine (test/engine/context/cli-parity.test.ts compares every header field live).
import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { utimesSync } from 'node:fs';
import { join } from 'node:path';
import { packContext } from '../../../client/context/pack.js';
import { makeContext } from './fixture.js';
import { tarEntries } from './tar-entries.js';

const HEADER_CASES = [
  { name: 'regular file', path: 'a.txt', want: { type: 'file', mode: 0o644 } },
  { name: 'executable-only file keeps its mode', path: 'x-only', want: { type: 'file', mode: 0o711 } },
  { name: 'directory gets a trailing slash', path: 'dir/', want: { type: 'directory', mode: 0o755 } },
  {
    name: 'symlink inside the context is a link',
    path: 'in-link',
    want: { type: 'symlink', mode: 0o777, linkname: 'a.txt' },
  },
  {
    name: 'symlink out of the context is not followed',
    path: 'out-link',
    want: { type: 'symlink', mode: 0o777, linkname: '/etc/passwd', size: 0 },
  },
  {
    name: 'second name of a hard link refers to the first',
    path: 'hard',
    want: { type: 'link', linkname: 'a.txt', size: 0 },
  },
];

void describe('tar headers', () => {
  const files = {
    Dockerfile: 'FROM scratch\n',
    'a.txt': 'a',
    'x-only': { text: 'x', mode: 0o711 },
    dir: { dir: true as const },
    'in-link': { symlink: 'a.txt' },
    'out-link': { symlink: '/etc/passwd' },
    hard: { hardlink: 'a.txt' },
  };

  for (const c of HEADER_CASES) {
    void it(c.name, async () => {
      const fx = makeContext(files);
      try {
        const entries = await tarEntries(packContext({ contextDir: fx.contextDir }).stream);
        const entry = entries.find((e) => e.name === c.path);
        assert.ok(entry, `${c.path} is in the tar`);
        for (const [key, value] of Object.entries(c.want)) assert.equal(entry[key as keyof typeof entry], value, key);
        assert.deepEqual([entry.uid, entry.gid, entry.uname, entry.gname], [0, 0, '', '']);
      } finally {
        fx.cleanup();
      }
    });
  }

  void it('mtime is truncated to whole seconds, even just before the next second', async () => {
    const fx = makeContext({ Dockerfile: 'FROM scratch\n', late: 'l', early: 'e' });
    try {
      utimesSync(join(fx.contextDir, 'late'), 1700000000.9999995, 1700000000.9999995);
      utimesSync(join(fx.contextDir, 'early'), 1700000000.25, 1700000000.25);
      const entries = await tarEntries(packContext({ contextDir: fx.contextDir }).stream);
      assert.equal(entries.find((e) => e.name === 'late')?.mtime, 1700000000);
      assert.equal(entries.find((e) => e.name === 'early')?.mtime, 1700000000);
    } finally {
      fx.cleanup();
    }
  });
});
