// `dockerfile-studio run` as a user runs it, against each real engine: output, exit codes, Ctrl-C, -i, -it, faults.
import assert from 'node:assert/strict';
import { spawn, spawnSync } from 'node:child_process';
import { join, resolve } from 'node:path';
import { it } from 'node:test';
import { describeEngines, testLabel, testRunId, type EngineSuite } from '../../support/engines';
import { buildDockerfile, engineUlimits } from './support';

const root = resolve(__dirname, '../../..');
const cliArgs = ['--import', 'tsx', join(root, 'client/cli/main.ts'), 'run'];

interface CliResult {
  status: number | null;
  stdout: string;
  stderr: string;
}

function cliEnv(suite: EngineSuite, extra: NodeJS.ProcessEnv = {}): NodeJS.ProcessEnv {
  return { PATH: process.env.PATH, HOME: process.env.HOME, LANG: 'C', DOCKER_HOST: suite.engine.host, ...extra };
}

/** Options that every test run gets: our label (to find leftovers), no network, and the engine's ulimits. */
function baseFlags(suite: EngineSuite): string[] {
  const ulimits = (engineUlimits(suite) ?? []).flatMap((u) => ['--ulimit', `${u.name}=${u.soft}:${u.hard}`]);
  return ['--label', testLabel, '--network', 'none', ...ulimits];
}

function runCli(suite: EngineSuite, args: string[], opts: { input?: string; env?: NodeJS.ProcessEnv } = {}): CliResult {
  const result = spawnSync(process.execPath, [...cliArgs, ...args], {
    cwd: root,
    encoding: 'utf8',
    env: cliEnv(suite, opts.env),
    input: opts.input ?? '',
    timeout: 120000,
  });
  return { status: result.status, stdout: result.stdout, stderr: result.stderr };
}

describeEngines('cli run', (suite) => {
  const noLeftovers = async (): Promise<void> =>
    assert.deepEqual(await suite.resources.labelledContainers(), [], 'no container left behind');

  void it("runs the seed's image by ID prefix: prints exactly hello, exits 0, leaves no container", async () => {
    const imageId = await buildDockerfile(
      suite,
      `FROM ${suite.baseImage}\nCMD ["echo", "hello"]\n`,
      `dfs-test/cli-seed-${suite.engine.name}:${testRunId}`,
    );
    const result = runCli(suite, [...baseFlags(suite), imageId.replace(/^sha256:/, '').slice(0, 12)]);
    assert.deepEqual(result, { status: 0, stdout: 'hello\n', stderr: '' });
    await noLeftovers();
  });

  void it("streams stdout and stderr to ours and exits with the container's code", async () => {
    const result = runCli(suite, [
      ...baseFlags(suite),
      '-e',
      'WHO=world',
      suite.baseImage,
      'sh',
      '-c',
      'echo "out $WHO"; echo err >&2; exit 3',
    ]);
    assert.deepEqual(result, { status: 3, stdout: 'out world\n', stderr: 'err\n' });
    await noLeftovers();
  });

  void it('-i sends our stdin to the container', async () => {
    const result = runCli(suite, [...baseFlags(suite), '-i', suite.baseImage, 'sh', '-c', 'cat; echo done'], {
      input: 'line one\nline two\n',
    });
    assert.deepEqual(result, { status: 0, stdout: 'line one\nline two\ndone\n', stderr: '' });
    await noLeftovers();
  });

  void it('Ctrl-C stops and removes the container and exits 130', async () => {
    const cli = startCli(suite, [...baseFlags(suite), '--stop-timeout', '1', suite.baseImage, ...readyThenSleep(300)]);
    await cli.waitFor('ready');
    cli.child.kill('SIGINT');
    assert.equal(await cli.exited, 130);
    assert.equal(cli.stdout(), 'ready\n');
    assert.match(cli.stderr(), /Stopping the container/);
    assert.match(cli.stderr(), /The run was cancelled; the container [0-9a-f]{12} was stopped and removed/);
    await noLeftovers();
  });

  void it('a third Ctrl-C kills the container at once instead of waiting out the stop timeout', async () => {
    const deaf = ['sh', '-c', 'trap "" TERM; echo ready; sleep 300']; // SIGTERM does nothing: only SIGKILL ends it
    const cli = startCli(suite, [...baseFlags(suite), '--stop-timeout', '60', suite.baseImage, ...deaf]);
    await cli.waitFor('ready');
    const started = Date.now();
    for (let press = 0; press < 3; press++) {
      cli.child.kill('SIGINT');
      await new Promise((r) => setTimeout(r, 300));
    }
    assert.equal(await cli.exited, 130);
    assert.ok(Date.now() - started < 20000, `took ${Date.now() - started} ms, the stop timeout is 60 s`);
    assert.match(
      cli.stderr(),
      /Stopping the container… \(press Ctrl-C twice more to kill it at once\)\nKilling the container…/,
    );
    assert.match(cli.stderr(), /The run was cancelled; the container [0-9a-f]{12} was stopped and removed/);
    await noLeftovers();
  });

  void it('run --rm whose CLI is SIGKILLed: the engine removes the container once it ends', async () => {
    const cli = startCli(suite, ['--rm', ...baseFlags(suite), suite.baseImage, ...readyThenSleep(3)]);
    await cli.waitFor('ready');
    cli.child.kill('SIGKILL');
    await cli.exited;
    assert.equal(
      (await suite.resources.labelledContainers()).length,
      1,
      'the container outlives the CLI, still running',
    );
    const deadline = Date.now() + 30000;
    while ((await suite.resources.labelledContainers()).length > 0 && Date.now() < deadline)
      await new Promise((r) => setTimeout(r, 200));
    await noLeftovers();
  });

  void it(
    '-it from a terminal: keystrokes in, output out, terminal size forwarded, exit code passed on',
    { skip: hasScript() ? false : 'util-linux "script" (to give the CLI a pty) is not installed' },
    async () => {
      const command = [process.execPath, ...cliArgs, ...baseFlags(suite), '-it', suite.baseImage, 'sh']
        .map(shellQuote)
        .join(' ');
      const result = await inPty(`stty cols 91 rows 27; ${command}`, cliEnv(suite), [
        'echo hi\n',
        'stty size; exit 4\n',
      ]);
      assert.match(result.output, /\r?\nhi\r?\r?\n/, 'hi came back');
      assert.match(result.output, /27 91/, 'the terminal size reached the container');
      assert.equal(result.status, 4);
      await noLeftovers();
    },
  );

  const faults: {
    name: string;
    args: (s: EngineSuite) => string[];
    env?: NodeJS.ProcessEnv;
    status: number;
    stderr: RegExp;
  }[] = [
    {
      name: 'a missing image: exit 125 and a message naming it',
      args: (s) => [...baseFlags(s), '--pull', 'never', `dfs-test/missing:${testRunId}`],
      status: 125,
      stderr: /The image "dfs-test\/missing:\w+" does not exist/,
    },
    {
      name: 'a missing image, in Korean',
      args: (s) => [...baseFlags(s), '--pull', 'never', `dfs-test/missing:${testRunId}`],
      env: { LANG: 'ko_KR.UTF-8' },
      status: 125,
      stderr: /이미지 "dfs-test\/missing:\w+"(이|가|이\(가\)) 이 엔진에 없습니다/,
    },
    {
      name: 'a missing image, in Korean from --lang ko',
      args: (s) => ['--lang', 'ko', ...baseFlags(s), '--pull', 'never', `dfs-test/missing:${testRunId}`],
      status: 125,
      stderr: /이미지 "dfs-test\/missing:\w+"(이|가|이\(가\)) 이 엔진에 없습니다/,
    },
    {
      name: 'a CMD that is not executable: exit 126 (like docker)',
      args: (s) => [...baseFlags(s), s.baseImage, '/etc/passwd'],
      status: 126,
      stderr: /could not start: .*permission denied/i,
    },
    {
      name: "a bad CMD path: exit 127 (like docker) with the engine's message",
      args: (s) => [...baseFlags(s), s.baseImage, '/no/such/program'],
      status: 127,
      stderr: /could not start: .*\/no\/such\/program/,
    },
    {
      name: 'a bad port mapping: exit 125 and the right form',
      args: (s) => [...baseFlags(s), '-p', '80:http', s.baseImage],
      status: 125,
      stderr: /Invalid port mapping "80:http": use HOST:CONTAINER/,
    },
    {
      name: '-it without a terminal: exit 125, as docker does',
      args: (s) => [...baseFlags(s), '-it', s.baseImage, 'sh'],
      status: 125,
      stderr: /the input device is not a TTY/,
    },
    {
      name: 'no engine at the address: exit 125 and how to fix it',
      args: (s) => [s.baseImage],
      env: { DOCKER_HOST: 'unix:///nonexistent/docker.sock' },
      status: 125,
      stderr: /Cannot reach the Docker engine at unix:\/\/\/nonexistent\/docker.sock/,
    },
  ];
  for (const fault of faults) {
    void it(fault.name, async () => {
      const result = runCli(suite, fault.args(suite), fault.env ? { env: fault.env } : {});
      assert.equal(result.stdout, '');
      assert.match(result.stderr, fault.stderr);
      assert.doesNotMatch(result.stderr, /\n\s+at .*:\d+:\d+/, 'no stack trace');
      assert.equal(result.status, fault.status, result.stderr);
      await noLeftovers();
    });
  }
});

function readyThenSleep(seconds: number): string[] {
  return ['sh', '-c', `echo ready; sleep ${seconds}`];
}

/** The CLI as a child process, its output collected as it comes. */
function startCli(suite: EngineSuite, args: string[], env: NodeJS.ProcessEnv = {}) {
  const child = spawn(process.execPath, [...cliArgs, ...args], { cwd: root, env: cliEnv(suite, env) });
  let stdout = '',
    stderr = '';
  child.stdout.on('data', (d: Buffer) => (stdout += d.toString()));
  child.stderr.on('data', (d: Buffer) => (stderr += d.toString()));
  const exited = new Promise<number | null>((done) => child.on('exit', (code) => done(code)));
  const waitFor = async (needle: string, timeoutMs = 60000): Promise<void> => {
    const deadline = Date.now() + timeoutMs;
    while (!(stdout + stderr).includes(needle)) {
      if (Date.now() > deadline) throw new Error(`"${needle}" did not appear; stderr: ${stderr}`);
      await new Promise((r) => setTimeout(r, 50));
    }
  };
  return { child, exited, waitFor, stdout: () => stdout, stderr: () => stderr };
}

function hasScript(): boolean {
  return spawnSync('script', ['--version'], { encoding: 'utf8' }).status === 0;
}

function shellQuote(word: string): string {
  return /^[\w./:=@-]+$/.test(word) ? word : `'${word.replace(/'/g, `'\\''`)}'`;
}

/** Runs a shell command in a pseudo-terminal (util-linux `script`), typing `keys` one line at a time. */
async function inPty(
  command: string,
  env: NodeJS.ProcessEnv,
  keys: string[],
): Promise<{ output: string; status: number | null }> {
  const child = spawn('script', ['-qec', command, '/dev/null'], { env });
  let output = '';
  child.stdout.on('data', (d: Buffer) => (output += d.toString()));
  const exited = new Promise<number | null>((done) => child.on('exit', (code) => done(code)));
  const deadline = Date.now() + 60000;
  while (!output.includes('# ') && Date.now() < deadline) await new Promise((r) => setTimeout(r, 50)); // the shell's prompt
  for (const line of keys) {
    child.stdin.write(line);
    await new Promise((r) => setTimeout(r, 500));
  }
  return { output, status: await exited };
}
