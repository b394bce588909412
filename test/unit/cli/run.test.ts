// `dockerfile-studio run` without an engine: its command line (docker's: options stop at IMAGE) and its failures.
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { readCommand } from '../../../client/cli/command';
import { runCommand } from '../../../client/cli/run-args';
import { fakeIo, runCliInProcess, type FakeIoOptions } from './fake-io';

const cases: { name: string; input: string[]; io?: FakeIoOptions; want: object }[] = [
  {
    name: 'image only: the defaults',
    input: ['img'],
    want: {
      image: 'img',
      cmd: [],
      keep: false,
      env: [],
      ports: [],
      volumes: [],
      ulimits: [],
      labels: {},
      network: undefined,
      interactive: false,
      tty: false,
      stopTimeout: undefined,
      host: undefined,
    },
  },
  {
    name: "options stop at the image; the rest is the command, with the command's own flags",
    input: ['-e', 'A=1', 'img', 'sh', '-c', 'echo -n x', '--rm', '-h'],
    want: { image: 'img', cmd: ['sh', '-c', 'echo -n x', '--rm', '-h'], env: ['A=1'] },
  },
  { name: '--rm after --keep wins', input: ['--keep', '--rm', 'img'], want: { keep: false } },
  { name: '--keep after --rm wins', input: ['--rm', '--keep', 'img'], want: { keep: true } },
  {
    name: 'repeated -e and -p, --flag=value',
    input: ['-e', 'A=1', '--env=B=2', '-p', '80:80', '--publish=81:81', 'img'],
    want: { env: ['A=1', 'B=2'], ports: ['80:80', '81:81'] },
  },
  {
    name: '-e NAME takes the value of the environment given to the CLI',
    input: ['-e', 'FROM_US', '-e', 'NOT_SET_HERE', 'img'],
    io: { env: { FROM_US: 'ours' } },
    want: { env: ['FROM_US=ours'] },
  },
  { name: '-it', input: ['-it', 'img'], io: { stdinIsTTY: true }, want: { interactive: true, tty: true } },
  { name: '-ti', input: ['-ti', 'img'], io: { stdinIsTTY: true }, want: { interactive: true, tty: true } },
  { name: '-i alone', input: ['-i', 'img'], want: { interactive: true, tty: false } },
  { name: '-t alone, without a terminal', input: ['-t', 'img'], want: { interactive: false, tty: true } },
  {
    name: 'network (and its alias --net), volume, label, host',
    input: [
      '--net',
      'host',
      '--network',
      'none',
      '-v',
      '/a:/b:ro',
      '-l',
      'k=v',
      '-l',
      'bare',
      '-H',
      'unix:///s',
      'img',
    ],
    want: { network: 'none', volumes: ['/a:/b:ro'], labels: { k: 'v', bare: '' }, host: 'unix:///s' },
  },
  {
    name: 'ulimit with and without hard, and the stop timeout',
    input: ['--ulimit', 'nofile=10:20', '--ulimit=nproc=5', '--stop-timeout', '3', 'img'],
    want: {
      ulimits: [
        { name: 'nofile', soft: 10, hard: 20 },
        { name: 'nproc', soft: 5, hard: 5 },
      ],
      stopTimeout: 3,
    },
  },
  {
    name: '-- ends the options',
    input: ['--rm', '--', '--weird-image', 'x'],
    want: { image: '--weird-image', cmd: ['x'] },
  },
  { name: 'flags after the image belong to the command', input: ['img', '-p'], want: { image: 'img', cmd: ['-p'] } },
];

for (const c of cases) {
  void test(`run arguments: ${c.name}`, () => {
    const reading = readCommand(runCommand, c.input, fakeIo(c.io));
    assert.equal(reading.kind, 'args', reading.kind === 'mistake' ? reading.message : '');
    const args = reading.kind === 'args' ? (reading.args as unknown as Record<string, unknown>) : {};
    assert.deepEqual(Object.fromEntries(Object.keys(c.want).map((key) => [key, args[key]])), c.want);
  });
}

void test("run: --help after the image is the command's, not ours", () => {
  const reading = readCommand(runCommand, ['img', '--help'], fakeIo());
  assert.equal(reading.kind, 'args');
});

void test('run: a failure of the engine is said in the locale asked for, exit 125', async () => {
  const noEngine = 'unix:///nonexistent/docker.sock';
  const english = await runCliInProcess(['run', '-H', noEngine, 'img']);
  assert.equal(english.code, 125);
  assert.match(english.stderr, /^Cannot reach the Docker engine at unix:\/\/\/nonexistent\/docker.sock/);
  for (const [argv, env] of [
    [['run', '--lang', 'ko', '-H', noEngine, 'img'], {}],
    [['run', '-H', noEngine, 'img'], { LANG: 'ko_KR.UTF-8' }],
    [['run', '-H', noEngine, 'img'], { LANG: 'en_US.UTF-8', DFS_LOCALE: 'ko' }],
  ] as const) {
    const korean = await runCliInProcess(argv, { env });
    assert.equal(korean.code, 125);
    assert.match(korean.stderr, /^unix:\/\/\/nonexistent\/docker.sock의 Docker 엔진에 연결할 수 없습니다/);
  }
});

void test('run: DOCKER_HOST comes from the environment given to the CLI', async () => {
  const run = await runCliInProcess(['run', 'img'], { env: { DOCKER_HOST: 'unix:///nonexistent/other.sock' } });
  assert.equal(run.code, 125);
  assert.match(run.stderr, /Cannot reach the Docker engine at unix:\/\/\/nonexistent\/other.sock/);
});
