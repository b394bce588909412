// For every case in test/unit/context/cases.ts, what our packer sends must equal what the real docker
// CLI (`DOCKER_BUILDKIT=0 docker build`) uploads to a stand-in engine: same entries in the same order,
// same types, modes, link targets, owners, mtimes and contents.
import { after, before, describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { CASES } from '../../unit/context/cases.js';
import { utimesSync } from 'node:fs';
import { join } from 'node:path';
import { packContext } from '../../../client/context/pack.js';
import { describeAll, makeContext, normalizeRandomName } from '../../unit/context/fixture.js';
import type { TarEntry } from '../../unit/context/tar-entries.js';
import { findDockerCli } from './support/docker-cli.js';
import { cliBuild } from './support/docker-cli.js';
import { runCli, runOurs, withFixture } from './support/cli-run.js';
import { startStandinEngine, type StandinEngine } from './support/standin-engine.js';

/** Header fields to compare; entries the CLI adds itself carry "now" as mtime, which may differ by a second. */
function comparable(entries: TarEntry[]): object[] {
  return entries
    .map((e) => {
      const added = /^\.dockerfile\./.test(e.name) || (e.name === '.dockerignore' && e.mode === 0o600);
      return {
        ...e,
        name: normalizeRandomName(e.name),
        content: e.content === undefined ? undefined : normalizeRandomName(e.content),
        mtime: added ? 'now' : e.mtime,
      };
    })
    .sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0));
}

const docker = findDockerCli();
const missing = docker ? undefined : "no docker CLI on PATH (install Debian's docker.io for its CLI)";

void describe('packing matches the docker CLI, live', { skip: process.env.CI !== 'true' && missing }, () => {
  let engine: StandinEngine;
  before(async () => {
    if (!docker) throw new Error(missing);
    engine = await startStandinEngine();
  });
  after(async () => engine?.close());

  for (const c of CASES) {
    void it(c.name, async () => {
      await withFixture(c, async (fx) => {
        const cli = await runCli(docker ?? '', engine, c, fx);
        const ours = await runOurs(c, fx);
        if (!Array.isArray(c.want)) {
          assert.match(cli.error ?? '', new RegExp(c.want.cli.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')));
          assert.equal(ours.error, c.want.error);
          return;
        }
        assert.ok(
          cli.entries && ours.entries,
          `both produced a tar (cli: ${cli.error ?? 'ok'}, ours: ${ours.error ?? 'ok'})`,
        );
        assert.deepEqual(
          describeAll(ours.entries, c.unorderedTail),
          describeAll(cli.entries, c.unorderedTail),
          'entry order',
        );
        assert.deepEqual(comparable(ours.entries), comparable(cli.entries), 'headers and contents');
        assert.equal(normalizeRandomName(ours.dockerfile ?? ''), normalizeRandomName(cli.dockerfile ?? ''));
        assert.deepEqual(
          describeAll(cli.entries, c.unorderedTail),
          c.want,
          'the recorded table is still what the CLI sends',
        );
      });
    });
  }

  // Go's archive/tar: USTAR, a prefix split for long names, PAX records for names that are long or not ASCII (raw
  // bytes), long link targets and times before 1970, and each field's padding and checksum.
  void it('the tar is byte for byte the one the docker CLI sends', async () => {
    const deep = Array.from({ length: 5 }, () => 'c'.repeat(60)).join('/');
    const fx = makeContext({
      Dockerfile: 'FROM scratch\n',
      'caf\udce9.txt': 'x',
      'd\udcff/inner': 'y',
      'é 한글.txt': 'u',
      [`${'a'.repeat(90)}/${'b'.repeat(90)}`]: 'split',
      [`${deep}/f`]: 'pax',
      [`${'g'.repeat(100)}/x`]: 'x',
      'long-link': { symlink: 't'.repeat(150) },
      'odd-link': { symlink: 'caf\udce9.txt' },
      hard: { hardlink: 'caf\udce9.txt' },
      'no-mode': { text: 'z', mode: 0 },
      setuid: { text: 's', mode: 0o4755 },
      big: 'b'.repeat(700_000),
      pipe: { fifo: true },
    });
    try {
      utimesSync(join(fx.contextDir, 'setuid'), -100_000, -100_000);
      const cli = await cliBuild({ docker: docker ?? '', engine, contextDir: fx.contextDir });
      assert.ok(cli.build, cli.stderr);
      const chunks: Buffer[] = [];
      for await (const chunk of packContext({ contextDir: fx.contextDir }).stream) chunks.push(chunk as Buffer);
      const ours = Buffer.concat(chunks);
      const at = ours.findIndex((byte, i) => byte !== cli.build?.body[i]);
      assert.ok(ours.equals(cli.build.body), `first difference at byte ${at} of ${ours.length}`);
    } finally {
      fx.cleanup();
    }
  });
});
