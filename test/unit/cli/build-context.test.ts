// `dockerfile-studio build` with hostile build contexts: each ends with one clear line and the documented exit code,
// whether the engine answers, is missing, or Ctrl-C comes first; what reaches the engine is what a build needs.
import assert from 'node:assert/strict';
import { execFile, spawnSync } from 'node:child_process';
import {
  chmodSync,
  copyFileSync,
  mkdirSync,
  mkdtempSync,
  readdirSync,
  rmSync,
  symlinkSync,
  writeFileSync,
} from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { after, before, describe, it } from 'node:test';
import { main } from '../../../client/cli/build';
import { startStandInEngine, type StandInEngine } from '../../support/stand-in-engine';
import { makeContext, tooDeepContext, type ContextFixture } from '../context/fixture';
import { tarEntries } from '../context/tar-entries';
import { buildCli } from './cli-support';
import { fakeIo } from './fake-io';
import { startSilentEngine } from './silent-engine';

const IMAGE_ID = `sha256:${'0'.repeat(64)}`;
const noEngine = 'unix:///nonexistent/docker.sock';

interface Received {
  query: URLSearchParams;
  body: Buffer;
}

/** An engine that takes every build it is sent whole, and answers with an image ID. */
async function recordingEngine(): Promise<StandInEngine & { builds: Received[] }> {
  const builds: Received[] = [];
  const engine = await startStandInEngine({
    handler: (req, res, body) => {
      builds.push({ query: new URL(req.url ?? '', 'http://engine').searchParams, body });
      res.writeHead(200, { 'Content-Type': 'application/json' });
      res.end(`${JSON.stringify({ aux: { ID: IMAGE_ID } })}\n`);
    },
  });
  return Object.assign(engine, { builds });
}

async function build(argv: string[], cwd?: string): Promise<{ code: number; stdout: string; stderr: string }> {
  const io = fakeIo(cwd ? { cwd } : {});
  const code = await main(['--builder', 'classic', ...argv], io);
  return { code, stdout: io.out(), stderr: io.err() };
}

function assertOneLine(stderr: string, pattern: RegExp): void {
  assert.equal(stderr.split('\n').length, 2, `one line: ${stderr}`);
  assert.match(stderr, pattern);
  assert.doesNotMatch(stderr, /\s+at .*:\d+:\d+|E[A-Z]{4,}/, 'no stack trace, no errno');
}

void describe('build with a context that cannot be read', () => {
  let engine: Awaited<ReturnType<typeof recordingEngine>>;
  let deep: ContextFixture;
  before(async () => {
    engine = await recordingEngine();
    deep = tooDeepContext();
  });
  after(async () => {
    await engine.close();
    deep.cleanup();
  });

  // Regression: this crashed with "Unhandled 'error' event" while the engine was being reached.
  void it('a path longer than the system allows: one line, exit 2, no build taken', async () => {
    const { code, stdout, stderr } = await build(['-H', engine.host, deep.contextDir]);
    assert.equal(code, 2);
    assert.equal(stdout, '');
    assertOneLine(stderr, /^The path \/.*…d+ is longer than the system allows\. /);
    assert.deepEqual(engine.builds, [], 'the engine never got a whole context');
  });

  void it('with no engine, "cannot reach the engine" is what the user hears', async () => {
    const { code, stderr } = await build(['-H', noEngine, deep.contextDir]);
    assert.equal(code, 2);
    assert.match(stderr, /^Cannot reach the Docker engine at unix:\/\/\/nonexistent\/docker.sock/);
    assert.doesNotMatch(stderr, /longer than the system allows/);
  });

  void it('Ctrl-C while the engine is being reached exits 130, said once', async () => {
    const silent = await startSilentEngine(dirname(deep.contextDir));
    try {
      const io = fakeIo();
      const running = main(['-H', silent.host, deep.contextDir], io);
      await silent.connected;
      io.signal('SIGINT');
      assert.equal(await running, 130);
      assert.equal(io.err(), 'Cancelled.\n');
    } finally {
      await silent.close();
    }
  });
});

void describe('build with an odd Dockerfile or odd names', () => {
  let engine: Awaited<ReturnType<typeof recordingEngine>>;
  const fixtures: ContextFixture[] = [];
  const context = (files: Parameters<typeof makeContext>[0]): ContextFixture => {
    const fx = makeContext(files);
    fixtures.push(fx);
    return fx;
  };
  before(async () => (engine = await recordingEngine()));
  after(async () => {
    await engine.close();
    for (const fx of fixtures) fx.cleanup();
  });

  // Regression: EISDIR with a stack trace.
  void it('a Dockerfile that is a folder, or -f naming a folder: one line, exit 2, in Korean too', async () => {
    const fx = context({ 'Dockerfile/x': 'x', 'other/x': 'x' });
    const folder = await build(['-H', engine.host, '.'], fx.contextDir);
    assert.equal(folder.code, 2);
    assertOneLine(folder.stderr, /^\/.*\/Dockerfile is a folder, not a file\. /);
    const named = await build(['--lang', 'ko', '-H', engine.host, '-f', 'other', '.'], fx.contextDir);
    assert.equal(named.code, 2);
    assertOneLine(named.stderr, /other은\(는\) 파일이 아니라 폴더입니다\./);
    assert.deepEqual(engine.builds, []);
  });

  // Regression: "Cannot find the Dockerfile" for a Dockerfile linked outside the context.
  void it('a Dockerfile linked to a file outside the context reaches the engine', async () => {
    const text = 'FROM scratch\nLABEL shared=yes\n';
    const fx = context({ '../shared/app.Dockerfile': text, 'app.js': 'a' });
    symlinkSync('../shared/app.Dockerfile', join(fx.contextDir, 'Dockerfile'));
    const { code, stdout, stderr } = await build(['-H', engine.host, fx.contextDir]);
    assert.equal(code, 0, stderr);
    assert.equal(stdout, `${IMAGE_ID}\n`);
    const received = engine.builds.at(-1);
    assert.equal(received?.query.get('dockerfile'), 'Dockerfile');
    const entries = await tarEntries(received?.body ?? Buffer.alloc(0));
    assert.equal(entries.find((e) => e.name === 'Dockerfile')?.content, text);
  });

  // Regression: "caf\xe9.txt changed or was removed while the build context was being sent", then a crash.
  void it('a file name that is not UTF-8 is sent under its own bytes', async () => {
    const fx = context({ Dockerfile: 'FROM scratch\nCOPY . /\n', 'caf\udce9.txt': 'latin-1' });
    const { code, stderr } = await build(['-H', engine.host, fx.contextDir]);
    assert.equal(code, 0, stderr);
    const body = engine.builds.at(-1)?.body ?? Buffer.alloc(0);
    assert.ok(body.includes(Buffer.from('path=caf\xe9.txt\n', 'latin1')), 'the PAX record holds the raw bytes');
  });
});

const asRoot = process.getuid?.() === 0;
const setpriv = spawnSync('setpriv', ['--version']).status === 0;

// Root reads every file, so the test drops to `nobody` with util-linux's setpriv and runs the bundled CLI.
void describe(
  'build with a file its user may not read',
  { skip: !asRoot || !setpriv ? 'needs root and setpriv' : false },
  () => {
    let engine: Awaited<ReturnType<typeof recordingEngine>>;
    let fx: ContextFixture;
    /** The CLI's bundles, copied where nobody can read them: this checkout may sit in a private folder. */
    let cliDir: string;
    before(async () => {
      buildCli();
      cliDir = mkdtempSync(join(tmpdir(), 'cli-for-nobody-'));
      const dist = join(__dirname, '../../../dist');
      for (const file of readdirSync(dist).filter((name) => /^cli.*\.js$/.test(name)))
        copyFileSync(join(dist, file), join(cliDir, file));
      chmodSync(cliDir, 0o755);
      engine = await recordingEngine();
      chmodSync(dirname(engine.socketPath), 0o755);
      chmodSync(engine.socketPath, 0o777);
      fx = makeContext({ Dockerfile: 'FROM scratch\nCOPY . /\n', 'readable.txt': 'r', 'secret.key': 's' });
      chmodSync(fx.root, 0o755);
      chmodSync(join(fx.contextDir, 'secret.key'), 0o600);
      mkdirSync(join(fx.contextDir, 'locked'), { mode: 0o700 });
      writeFileSync(join(fx.contextDir, 'locked', 'x'), 'x');
    });
    after(async () => {
      await engine?.close();
      fx?.cleanup();
      rmSync(cliDir, { recursive: true, force: true });
    });

    void it('EACCES: one line naming the file, exit 2, no build taken', async () => {
      const cli = join(cliDir, 'cli.js');
      const argv = ['--reuid=nobody', '--regid=nogroup', '--clear-groups', process.execPath, cli, 'build'];
      // Not spawnSync: the engine answers from this very process.
      const run = await new Promise<{ status: number | null; stderr: string }>((resolve) => {
        const child = execFile(
          'setpriv',
          [...argv, '-H', engine.host, '.'],
          { cwd: fx.contextDir, env: { PATH: process.env.PATH, LANG: 'C' }, timeout: 30_000 },
          (_err, _stdout, stderr) => resolve({ status: child.exitCode, stderr }),
        );
      });
      assert.equal(run.status, 2, run.stderr);
      assertOneLine(
        run.stderr,
        /^Cannot read \/.*\/(locked|secret\.key) in the build context \(permission denied\)\. /,
      );
      assert.deepEqual(engine.builds, []);
    });
  },
);
