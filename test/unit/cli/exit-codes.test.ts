// Every exit status of every command, pinned, in-process. The ones that need a real engine are pinned by the engine
// tests: build's 0 and 1 in test/engine/build/faults.test.ts; run's container code, 126, 127 and 130 (Ctrl-C) in
// test/engine/run/cli.test.ts.
import assert from 'node:assert/strict';
import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import { after, test } from 'node:test';
import { main } from '../../../client/cli/main';
import { scratchFiles } from './cli-support';
import { fakeIo, type FakeIo } from './fake-io';
import { startSilentEngine } from './silent-engine';

const files = scratchFiles({
  'clean.Dockerfile': 'FROM alpine\nCMD ["echo", "hello"]\n',
  'warning.Dockerfile': 'FROM alpine\nCMD ["echo", "a"]\nCMD ["echo", "hello"]\n',
  'error.Dockerfile': 'RUN echo hello\n',
  Dockerfile: 'FROM scratch\n',
});
mkdirSync(join(files.dir, 'folder'));
after(files.cleanup);
const noEngine = 'unix:///nonexistent/docker.sock';

interface Row {
  what: string;
  argv: string[];
  code: number;
  stdinIsTTY?: boolean;
  /** Runs while the command runs, e.g. to press Ctrl-C; returns the engine's host and a cleanup. */
  during?: (io: FakeIo) => Promise<{ host: string; done: Promise<void>; close: () => Promise<void> }>;
}

const ctrlC: Row['during'] = async (io) => {
  const engine = await startSilentEngine(files.dir);
  const done = engine.connected.then(() => io.signal('SIGINT'));
  return { host: engine.host, done, close: engine.close };
};

const rows: Row[] = [
  { what: 'dispatcher: --help', argv: ['--help'], code: 0 },
  { what: 'dispatcher: help', argv: ['help'], code: 0 },
  { what: 'dispatcher: no command', argv: [], code: 2 },
  { what: 'dispatcher: an unknown command', argv: ['chekc'], code: 2 },
  { what: 'dispatcher: an unknown option', argv: ['--frob', 'check'], code: 2 },
  { what: 'check: a clean file', argv: ['check', 'clean.Dockerfile'], code: 0 },
  { what: 'check: warnings only', argv: ['check', 'warning.Dockerfile'], code: 0 },
  { what: 'check: an error', argv: ['check', 'clean.Dockerfile', 'error.Dockerfile'], code: 1 },
  { what: 'check: an error, as JSON', argv: ['check', '--format', 'json', 'error.Dockerfile'], code: 1 },
  { what: 'check: a missing file', argv: ['check', 'nope.Dockerfile'], code: 2 },
  { what: 'check: a folder', argv: ['check', 'folder'], code: 2 },
  { what: 'check: a missing file beats an error', argv: ['check', 'error.Dockerfile', 'nope'], code: 2 },
  { what: 'check: a usage mistake', argv: ['check', '--format', 'xml', 'clean.Dockerfile'], code: 2 },
  { what: 'check: --help', argv: ['check', '--help'], code: 0 },
  { what: 'parse: a file', argv: ['parse', 'error.Dockerfile'], code: 0 },
  { what: 'parse: a missing file', argv: ['parse', 'nope.Dockerfile'], code: 2 },
  { what: 'parse: a usage mistake', argv: ['parse', 'a', 'b'], code: 2 },
  { what: 'parse: --help', argv: ['parse', '-h'], code: 0 },
  { what: 'build: --help', argv: ['build', '--help'], code: 0 },
  { what: 'build: a usage mistake', argv: ['build', '--builder', 'fast', '.'], code: 2 },
  { what: 'build: a missing context', argv: ['build', '-H', noEngine, 'nope'], code: 2 },
  { what: 'build: a missing Dockerfile', argv: ['build', '-H', noEngine, '-f', 'nope', '.'], code: 2 },
  { what: 'build: a -t that is not an image name', argv: ['build', '-H', noEngine, '-t', 'a b', '.'], code: 125 },
  { what: 'build: no engine', argv: ['build', '-H', noEngine, '.'], code: 2 },
  { what: 'build: Ctrl-C', argv: ['build', '.'], during: ctrlC, code: 130 },
  { what: 'run: --help', argv: ['run', '-h'], code: 0 },
  { what: 'run: a usage mistake', argv: ['run', '--frob', 'img'], code: 125 },
  { what: 'run: -it without a terminal', argv: ['run', '-it', 'img'], code: 125 },
  {
    what: 'run: -it from a terminal, but no engine',
    argv: ['run', '-H', noEngine, '-it', 'img'],
    stdinIsTTY: true,
    code: 125,
  },
  { what: 'run: no engine', argv: ['run', '-H', noEngine, 'img'], code: 125 },
];

for (const row of rows) {
  void test(`exit ${row.code}: ${row.what}`, async () => {
    const io = fakeIo({ cwd: files.dir, stdinIsTTY: row.stdinIsTTY ?? false });
    const during = await row.during?.(io);
    try {
      const argv = during ? [...row.argv.slice(0, 1), '-H', during.host, ...row.argv.slice(1)] : row.argv;
      assert.equal(await main(argv, io), row.code, io.err());
      await during?.done;
    } finally {
      await during?.close();
    }
    assert.doesNotMatch(io.err(), /\n\s+at .*:\d+:\d+/, 'no stack trace');
  });
}
