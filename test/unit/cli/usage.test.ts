// The same command line for every command, in-process: each usage mistake as one line (plus where the help is) and
// its exit status, --help and -h, and --lang (or the environment's locale) for the CLI's own texts.
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { runCliInProcess } from './fake-io';

const names = 'check, rules, parse, build, run';

const mistakes: { argv: string[]; message: string; code: number }[] = [
  { argv: [], message: `no command given: name one of ${names}.`, code: 2 },
  { argv: ['chekc'], message: `unknown command "chekc": use one of ${names}.`, code: 2 },
  { argv: ['--frob', 'check'], message: 'unknown option --frob.', code: 2 },
  { argv: ['--lang', 'fr', 'check'], message: 'the option --lang must be one of en, ko, not "fr".', code: 2 },
  { argv: ['check'], message: 'no Dockerfile given: name at least one file.', code: 2 },
  { argv: ['check', '--frmat=json', 'f'], message: 'unknown option --frmat.', code: 2 },
  { argv: ['check', 'f', '--format'], message: 'the option --format needs a value.', code: 2 },
  {
    argv: ['check', '--format', 'xml', 'f'],
    message: 'the option --format must be one of text, json, sarif, github, not "xml".',
    code: 2,
  },
  { argv: ['check', '--help=yes'], message: 'the option --help takes no value.', code: 2 },
  { argv: ['parse'], message: 'give exactly one Dockerfile.', code: 2 },
  { argv: ['parse', 'a', 'b'], message: 'give exactly one Dockerfile.', code: 2 },
  {
    argv: ['parse', '--format', 'text', 'f'],
    message: 'the option --format must be one of json, not "text".',
    code: 2,
  },
  { argv: ['build'], message: 'give exactly one build context folder, for example "." or "./app".', code: 2 },
  { argv: ['build', 'a', 'b'], message: 'give exactly one build context folder, for example "." or "./app".', code: 2 },
  { argv: ['build', '-t'], message: 'the option -t needs a value.', code: 2 },
  { argv: ['build', '--frobnicate', '.'], message: 'unknown option --frobnicate.', code: 2 },
  { argv: ['build', '--no-cache=1', '.'], message: 'the option --no-cache takes no value.', code: 2 },
  {
    argv: ['build', '--builder', 'fast', '.'],
    message: 'the option --builder must be one of auto, buildkit, classic, not "fast".',
    code: 2,
  },
  {
    argv: ['build', '--build-arg', '=x', '.'],
    message: '--build-arg needs KEY=VALUE (or KEY, to take its value from the environment), not "=x".',
    code: 2,
  },
  { argv: ['run', '--frobnicate', 'img'], message: 'unknown option --frobnicate.', code: 125 },
  { argv: ['run', '-p'], message: 'the option -p needs a value.', code: 125 },
  { argv: ['run', '--rm=yes', 'img'], message: 'the option --rm takes no value.', code: 125 },
  {
    argv: ['run', '--rm'],
    message: 'which image should run? Give an image name or ID, e.g. dockerfile-studio run my/app:1.0',
    code: 125,
  },
  { argv: ['run', '-e', '=x', 'img'], message: 'invalid environment variable "=x": use NAME=VALUE.', code: 125 },
  {
    argv: ['run', '--ulimit', 'nofile', 'img'],
    message: 'invalid ulimit "nofile": use NAME=SOFT[:HARD], e.g. nofile=1024:2048.',
    code: 125,
  },
  {
    argv: ['run', '--stop-timeout', '1.5', 'img'],
    message: 'invalid stop timeout "1.5": give a whole number of seconds.',
    code: 125,
  },
  {
    argv: ['run', '-it', 'img', 'sh'],
    message:
      'the input device is not a TTY: -it needs a terminal. Drop -t to pipe input (e.g. echo hi | dockerfile-studio run -i IMAGE cat).',
    code: 125,
  },
];

for (const c of mistakes) {
  void test(`usage mistake: ${c.argv.join(' ') || '(nothing)'}`, async () => {
    const run = await runCliInProcess(c.argv);
    const command = c.argv[0] ?? '';
    const program = ['check', 'parse', 'build', 'run'].includes(command)
      ? `dockerfile-studio ${command}`
      : 'dockerfile-studio';
    assert.deepEqual(run, {
      code: c.code,
      stdout: '',
      stderr: `${program}: ${c.message}\nRun "${program} --help" for the options.\n`,
    });
  });
}

void test("usage mistakes in Korean: from --lang (before or after the mistake, or the dispatcher's) or the environment", async () => {
  const korean: { argv: string[]; env?: NodeJS.ProcessEnv; stderr: string }[] = [
    { argv: ['--lang', 'ko'], stderr: `dockerfile-studio: 명령이 없습니다. ${names} 중 하나를 지정하세요.\n` },
    {
      argv: ['check', '--frob', '--lang', 'ko', 'f'],
      stderr: 'dockerfile-studio check: 알 수 없는 옵션 --frob입니다.\n',
    },
    { argv: ['--lang', 'ko', 'parse'], stderr: 'dockerfile-studio parse: Dockerfile을 하나만 지정하세요.\n' },
    {
      argv: ['build', '-t'],
      env: { LC_ALL: 'ko_KR.UTF-8' },
      stderr: 'dockerfile-studio build: -t 옵션에는 값이 필요합니다.\n',
    },
    {
      argv: ['run', '--lang', 'ko'],
      stderr:
        'dockerfile-studio run: 어떤 이미지를 실행할까요? 이미지 이름이나 ID를 주세요. 예: dockerfile-studio run my/app:1.0\n',
    },
  ];
  for (const c of korean) {
    const run = await runCliInProcess(c.argv, c.env ? { env: c.env } : {});
    const first = run.stderr.split('\n')[0] ?? '';
    assert.equal(`${first}\n`, c.stderr, c.argv.join(' '));
    assert.match(run.stderr, /옵션은 "dockerfile-studio.*--help"로 볼 수 있습니다\.\n$/);
  }
});

void test("--lang on the command wins over the dispatcher's, which wins over the environment", async () => {
  const command = await runCliInProcess(['--lang', 'ko', 'parse', '--lang', 'en']);
  assert.match(command.stderr, /give exactly one Dockerfile/);
  const dispatcher = await runCliInProcess(['--lang', 'en', 'parse'], { env: { LANG: 'ko_KR.UTF-8' } });
  assert.match(dispatcher.stderr, /give exactly one Dockerfile/);
});

const helps: { argv: string[]; starts: string }[] = [
  { argv: ['--help'], starts: 'Usage: dockerfile-studio [--lang en|ko] <command>' },
  { argv: ['-h'], starts: 'Usage: dockerfile-studio [--lang en|ko] <command>' },
  { argv: ['help'], starts: 'Usage: dockerfile-studio [--lang en|ko] <command>' },
  {
    argv: ['check', '--help'],
    starts: 'Usage: dockerfile-studio check [--format text|json|sarif|github] [--config FILE]',
  },
  { argv: ['check', 'f', '-h'], starts: 'Usage: dockerfile-studio check' },
  { argv: ['parse', '-h'], starts: 'Usage: dockerfile-studio parse [--format json] [--lang en|ko] FILE' },
  { argv: ['build', '--help'], starts: 'Usage: dockerfile-studio build [OPTIONS] CONTEXT' },
  { argv: ['help', 'build'], starts: 'Usage: dockerfile-studio build [OPTIONS] CONTEXT' },
  { argv: ['run', '-h'], starts: 'Usage: dockerfile-studio run [OPTIONS] IMAGE [COMMAND] [ARG...]' },
  { argv: ['--lang', 'ko', '--help'], starts: '사용법: dockerfile-studio [--lang en|ko] <명령> [옵션]' },
  { argv: ['--lang', 'ko', 'help', 'check'], starts: '사용법: dockerfile-studio check' },
  { argv: ['parse', '--help', '--lang', 'ko'], starts: '사용법: dockerfile-studio parse' },
  { argv: ['build', '--lang=ko', '-h'], starts: '사용법: dockerfile-studio build [옵션] CONTEXT' },
  { argv: ['run', '-h', '--lang', 'ko'], starts: '사용법: dockerfile-studio run [옵션] IMAGE' },
];

for (const c of helps) {
  void test(`help: ${c.argv.join(' ')}`, async () => {
    const run = await runCliInProcess(c.argv);
    assert.equal(run.code, 0);
    assert.equal(run.stderr, '');
    assert.ok(run.stdout.startsWith(c.starts), run.stdout);
  });
}

void test("every help lists --lang and -h/--help, and the dispatcher's lists the commands", async () => {
  for (const argv of [['--help'], ['check', '-h'], ['rules', '-h'], ['parse', '-h'], ['build', '-h'], ['run', '-h']]) {
    const { stdout } = await runCliInProcess(argv);
    assert.match(stdout, /\n {6}--lang en\|ko {11}message language/, argv.join(' '));
    assert.match(stdout, /\n {2}-h, --help {17}show this help\n/, argv.join(' '));
  }
  const { stdout } = await runCliInProcess(['--help']);
  assert.match(
    stdout,
    /\n {2}check {4}check Dockerfiles.*\n {2}rules {4}list every rule.*\n {2}parse .*\n {2}build .*\n {2}run {6}run a container/,
  );
});
