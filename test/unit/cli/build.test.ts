// `dockerfile-studio build` without an engine: its command line, its failures in English and Korean, and Ctrl-C.
import assert from 'node:assert/strict';
import { join } from 'node:path';
import { after, test } from 'node:test';
import { buildCommand, main } from '../../../client/cli/build';
import { readCommand } from '../../../client/cli/command';
import { scratchFiles } from './cli-support';
import { fakeIo, runCliInProcess } from './fake-io';
import { startSilentEngine } from './silent-engine';

const files = scratchFiles({ Dockerfile: 'FROM scratch\n' });
after(files.cleanup);
const noEngine = 'unix:///nonexistent/docker.sock';

/** The options added for sessions, pulls and labels, when none is given (their own tests: build-options.test.ts). */
const noSessionOptions = { secrets: [], ssh: [], platform: undefined, pull: 'missing', labels: {}, cacheFrom: [] };

function read(argv: string[], env: NodeJS.ProcessEnv = {}) {
  return readCommand(buildCommand, argv, fakeIo({ env }));
}

void test('build: every option, in each form docker accepts', () => {
  const reading = read(
    [
      '-t',
      'a:1',
      '--tag=b',
      '-f',
      'other.Dockerfile',
      '--build-arg',
      'X=1',
      '--build-arg=Y=a=b',
      '--build-arg',
      'FROM_ENV',
      '--build-arg',
      'UNSET_HERE',
      '--target',
      'test',
      '--network=none',
      '--builder',
      'classic',
      '--no-cache',
      '-H',
      'unix:///a.sock',
      'ctx',
    ],
    { FROM_ENV: 'ours' },
  );
  assert.equal(reading.kind, 'args');
  assert.deepEqual(reading.kind === 'args' && reading.args, {
    context: 'ctx',
    tags: ['a:1', 'b'],
    file: 'other.Dockerfile',
    buildArgs: { X: '1', Y: 'a=b', FROM_ENV: 'ours' },
    target: 'test',
    network: 'none',
    builder: 'classic',
    noCache: true,
    host: 'unix:///a.sock',
    ...noSessionOptions,
  });
});

void test('build: the defaults, and --host as the long form of -H', () => {
  const reading = read(['--host', 'tcp://h:2375', '.']);
  assert.deepEqual(reading.kind === 'args' && reading.args, {
    context: '.',
    tags: [],
    file: undefined,
    buildArgs: {},
    target: undefined,
    network: undefined,
    builder: 'auto',
    noCache: false,
    host: 'tcp://h:2375',
    ...noSessionOptions,
  });
});

void test('build: a failure of the engine is said in the locale asked for, exit 2', async () => {
  const english = await runCliInProcess(['build', '-H', noEngine, files.dir]);
  assert.equal(english.code, 2);
  assert.match(english.stderr, /^Cannot reach the Docker engine at unix:\/\/\/nonexistent\/docker.sock/);
  for (const argv of [
    ['build', '--lang', 'ko', '-H', noEngine, files.dir],
    ['--lang', 'ko', 'build', '-H', noEngine, files.dir],
  ]) {
    const korean = await runCliInProcess(argv);
    assert.equal(korean.code, 2);
    assert.match(korean.stderr, /^unix:\/\/\/nonexistent\/docker.sock의 Docker 엔진에 연결할 수 없습니다/);
    assert.match(korean.stderr, /\n.*시작하거나/, 'the hint, in Korean too');
  }
});

void test('build: a missing context or Dockerfile is found before the engine is asked, in Korean too', async () => {
  const missing = await runCliInProcess(['build', '--lang', 'ko', '-H', noEngine, 'no-such-folder'], {
    cwd: files.dir,
  });
  assert.equal(missing.code, 2);
  assert.match(
    missing.stderr,
    new RegExp(`빌드 컨텍스트 폴더 ${join(files.dir, 'no-such-folder')}이\\(가\\) 없습니다`),
  );
  const noFile = await runCliInProcess(['build', '-f', 'nope.Dockerfile', '-H', noEngine, '.'], { cwd: files.dir });
  assert.equal(noFile.code, 2);
  assert.match(noFile.stderr, new RegExp(`Cannot find the Dockerfile ${join(files.dir, 'nope.Dockerfile')}`));
});

void test('build: Ctrl-C cancels the build (exit 130); the handler is gone after the first one', async () => {
  const engine = await startSilentEngine(files.dir);
  try {
    const io = fakeIo({ cwd: files.dir });
    const running = main(['-H', engine.host, '.'], io);
    await engine.connected;
    assert.equal(io.listening(), 1);
    io.signal('SIGINT');
    assert.equal(io.listening(), 0, 'a second Ctrl-C is left to the process: it ends at once');
    assert.equal(await running, 130);
    assert.equal(io.err(), 'Cancelled.\n');
    assert.equal(io.out(), '');
  } finally {
    await engine.close();
  }
});
