// For every case in test/unit/context/cases.ts, what our packer sends must equal what the real docker
// CLI (`DOCKER_BUILDKIT=0 docker build`) uploads to a stand-in engine: same entries in the same order,
// same types, modes, link targets, owners, mtimes and contents.
import { after, before, describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { CASES } from '../../unit/context/cases.js';
import { describeAll, normalizeRandomName } from '../../unit/context/fixture.js';
import type { TarEntry } from '../../unit/context/tar-entries.js';
import { findDockerCli } from './support/docker-cli.js';
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
});
