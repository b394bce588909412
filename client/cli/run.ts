// `dockerfile-studio run`: runs an image like `docker run --rm`, streaming the container's stdout and stderr to ours and
// exiting with its exit code. Ctrl-C stops and removes the container; -it wires our terminal to the container's TTY.
import type { WriteStream } from 'node:tty';
import { EngineClient } from '../engine/client';
import { resolveEngineEndpoint } from '../engine/connection';
import { isRunError, type RunError, type Ulimit } from '../engine/containers';
import { isEngineError } from '../engine/errors';
import { resolveLocale } from '../engine/messages';
import { interpolate } from '../../core/l10n';
import { runContainer, runInteractive, type OutputSink, type RunOptions } from '../engine/run';

interface Io {
  stdout: NodeJS.WritableStream;
  stderr: NodeJS.WritableStream;
}

export interface RunArgs {
  image: string;
  cmd: string[];
  keep: boolean;
  env: string[];
  ports: string[];
  volumes: string[];
  ulimits: Ulimit[];
  labels: Record<string, string>;
  network?: string;
  interactive: boolean;
  tty: boolean;
  stopTimeout?: number;
  host?: string;
}

const textEn = {
  usage: [
    'Usage: dockerfile-studio run [OPTIONS] IMAGE [COMMAND] [ARG...]',
    '',
    'Runs a container from IMAGE (a tag, an ID or an ID prefix), streams its output and exits with its exit code.',
    'The container is removed when it ends, unless --keep is given. Ctrl-C stops and removes it.',
    '',
    'Options:',
    '  --rm                     remove the container when it ends (the default)',
    '  --keep                   keep the container when it ends',
    '  -e, --env NAME=VALUE     set an environment variable (NAME alone passes ours)',
    '  -p, --publish HOST:CTR   publish a container port, e.g. 8080:80 or 127.0.0.1:8080:80/tcp',
    '  -v, --volume SRC:DST     mount a host path or a named volume',
    '      --network NAME       network: default, none, host or a network name',
    '  -l, --label KEY=VALUE    label the container',
    '  -i, --interactive        send our stdin to the container',
    '  -t, --tty                give the container a terminal (-it from a terminal: an interactive session)',
    '      --ulimit NAME=S[:H]  set a resource limit, e.g. nofile=1024:2048',
    '      --stop-timeout SECS  seconds between SIGTERM and SIGKILL when stopping (default 10)',
    '  -H, --host ADDRESS       the engine to use (default: DOCKER_HOST, the docker context, or the local socket)',
  ].join('\n'),
  unknownOption: 'unknown option {option}.',
  missingValue: 'the option {option} needs a value.',
  missingImage: 'which image should run? Give an image name or ID, e.g. dockerfile-studio run my/app:1.0',
  badEnv: 'invalid environment variable "{value}": use NAME=VALUE.',
  badUlimit: 'invalid ulimit "{value}": use NAME=SOFT[:HARD], e.g. nofile=1024:2048.',
  badTimeout: 'invalid stop timeout "{value}": give a whole number of seconds.',
  notATty:
    'the input device is not a TTY: -it needs a terminal. Drop -t to pipe input (e.g. echo hi | dockerfile-studio run -i IMAGE cat).',
  stopping: 'Stopping the container…',
  seeHelp: 'Run "dockerfile-studio run --help" for the options.',
} as const;

type CliTextId = keyof typeof textEn;

const textKo: Record<CliTextId, string> = {
  usage: [
    '사용법: dockerfile-studio run [옵션] IMAGE [COMMAND] [ARG...]',
    '',
    'IMAGE(태그, ID 또는 ID 앞부분)로 컨테이너를 실행하고, 출력을 보여 주며, 컨테이너의 종료 코드로 끝납니다.',
    '--keep을 주지 않으면 끝난 컨테이너는 삭제됩니다. Ctrl-C를 누르면 컨테이너를 멈추고 삭제합니다.',
    '',
    '옵션:',
    '  --rm                     끝나면 컨테이너를 삭제합니다(기본값)',
    '  --keep                   끝나도 컨테이너를 남겨 둡니다',
    '  -e, --env NAME=VALUE     환경 변수를 설정합니다(NAME만 쓰면 현재 값을 넘깁니다)',
    '  -p, --publish HOST:CTR   컨테이너 포트를 게시합니다. 예: 8080:80, 127.0.0.1:8080:80/tcp',
    '  -v, --volume SRC:DST     호스트 경로나 이름 있는 볼륨을 마운트합니다',
    '      --network NAME       네트워크: default, none, host 또는 네트워크 이름',
    '  -l, --label KEY=VALUE    컨테이너에 레이블을 붙입니다',
    '  -i, --interactive        표준 입력을 컨테이너로 보냅니다',
    '  -t, --tty                컨테이너에 터미널을 줍니다(터미널에서 -it: 대화형 세션)',
    '      --ulimit NAME=S[:H]  자원 제한을 설정합니다. 예: nofile=1024:2048',
    '      --stop-timeout SECS  멈출 때 SIGTERM과 SIGKILL 사이의 초(기본 10)',
    '  -H, --host ADDRESS       사용할 엔진(기본: DOCKER_HOST, docker context 또는 로컬 소켓)',
  ].join('\n'),
  unknownOption: '알 수 없는 옵션 {option}입니다.',
  missingValue: '옵션 {option}에는 값이 필요합니다.',
  missingImage: '어떤 이미지를 실행할까요? 이미지 이름이나 ID를 주세요. 예: dockerfile-studio run my/app:1.0',
  badEnv: '환경 변수 "{value}"이(가) 올바르지 않습니다. NAME=VALUE 형식을 쓰세요.',
  badUlimit: 'ulimit "{value}"이(가) 올바르지 않습니다. NAME=SOFT[:HARD] 형식을 쓰세요. 예: nofile=1024:2048',
  badTimeout: '중지 제한 시간 "{value}"이(가) 올바르지 않습니다. 초 단위 정수를 주세요.',
  notATty:
    '입력 장치가 TTY가 아닙니다: -it에는 터미널이 필요합니다. 입력을 파이프로 넘기려면 -t를 빼세요(예: echo hi | dockerfile-studio run -i IMAGE cat).',
  stopping: '컨테이너를 멈추는 중…',
  seeHelp: '옵션은 "dockerfile-studio run --help"로 볼 수 있습니다.',
};

function cliText(id: CliTextId, params: Record<string, string>, locale: string): string {
  return interpolate(locale === 'ko' ? textKo[id] : textEn[id], params);
}

class RunUsageError extends Error {
  constructor(
    readonly id: CliTextId,
    readonly params: Record<string, string> = {},
  ) {
    super(id);
  }
}

type Apply = (args: RunArgs, value: string, env: NodeJS.ProcessEnv) => void;

const valueFlags: Record<string, Apply> = {
  '-e': (a, v, env) => addEnv(a, v, env),
  '--env': (a, v, env) => addEnv(a, v, env),
  '-p': (a, v) => a.ports.push(v),
  '--publish': (a, v) => a.ports.push(v),
  '-v': (a, v) => a.volumes.push(v),
  '--volume': (a, v) => a.volumes.push(v),
  '--network': (a, v) => (a.network = v),
  '--net': (a, v) => (a.network = v),
  '--ulimit': (a, v) => a.ulimits.push(parseUlimit(v)),
  '-l': (a, v) => addLabel(a, v),
  '--label': (a, v) => addLabel(a, v),
  '--stop-timeout': (a, v) => (a.stopTimeout = parseSeconds(v)),
  '-H': (a, v) => (a.host = v),
  '--host': (a, v) => (a.host = v),
};

const boolFlags: Record<string, (args: RunArgs) => void> = {
  '--rm': (a) => (a.keep = false),
  '--keep': (a) => (a.keep = true),
  '-i': (a) => (a.interactive = true),
  '--interactive': (a) => (a.interactive = true),
  '-t': (a) => (a.tty = true),
  '--tty': (a) => (a.tty = true),
  '-it': (a) => (a.interactive = a.tty = true),
  '-ti': (a) => (a.interactive = a.tty = true),
};

/** Options come before IMAGE; everything after it is the command, as with `docker run`. */
export function parseRunArgs(argv: string[], env: NodeJS.ProcessEnv = process.env): RunArgs | 'help' {
  const args: RunArgs = {
    image: '',
    cmd: [],
    keep: false,
    env: [],
    ports: [],
    volumes: [],
    ulimits: [],
    labels: {},
    interactive: false,
    tty: false,
  };
  let i = 0;
  for (; i < argv.length; i++) {
    const arg = argv[i] ?? '';
    if (arg === '--') {
      i++;
      break;
    }
    if (!arg.startsWith('-') || arg === '-') break;
    if (arg === '-h' || arg === '--help') return 'help';
    const bool = boolFlags[arg];
    if (bool) {
      bool(args);
      continue;
    }
    const eq = arg.startsWith('--') ? arg.indexOf('=') : -1;
    const name = eq === -1 ? arg : arg.slice(0, eq);
    const apply = valueFlags[name];
    if (!apply) throw new RunUsageError('unknownOption', { option: arg });
    const value = eq === -1 ? argv[++i] : arg.slice(eq + 1);
    if (value === undefined) throw new RunUsageError('missingValue', { option: name });
    apply(args, value, env);
  }
  const [image, ...cmd] = argv.slice(i);
  if (!image) throw new RunUsageError('missingImage');
  return { ...args, image, cmd };
}

/** `-e NAME=value`, or `-e NAME` to pass our own value of NAME (left out when we have none), as docker does. */
function addEnv(args: RunArgs, value: string, env: NodeJS.ProcessEnv): void {
  if (value.startsWith('=') || value === '') throw new RunUsageError('badEnv', { value });
  if (value.includes('=')) args.env.push(value);
  else if (env[value] !== undefined) args.env.push(`${value}=${env[value]}`);
}

function addLabel(args: RunArgs, value: string): void {
  const eq = value.indexOf('=');
  args.labels[eq === -1 ? value : value.slice(0, eq)] = eq === -1 ? '' : value.slice(eq + 1);
}

function parseUlimit(value: string): Ulimit {
  const match = /^([a-z]+)=(\d+)(?::(\d+))?$/.exec(value);
  if (!match?.[1] || !match[2]) throw new RunUsageError('badUlimit', { value });
  const soft = Number(match[2]);
  return { name: match[1], soft, hard: match[3] ? Number(match[3]) : soft };
}

function parseSeconds(value: string): number {
  if (!/^\d+$/.test(value)) throw new RunUsageError('badTimeout', { value });
  return Number(value);
}

export async function main(argv: string[], io: Io, stdin: NodeJS.ReadStream = process.stdin): Promise<number> {
  const locale = resolveLocale();
  const say = (text: string): void => void io.stderr.write(`${text}\n`);
  let args: RunArgs | 'help';
  try {
    args = parseRunArgs(argv);
    if (args !== 'help' && args.interactive && args.tty && !stdin.isTTY) throw new RunUsageError('notATty');
  } catch (err) {
    if (!(err instanceof RunUsageError)) throw err;
    say(`dockerfile-studio run: ${cliText(err.id, err.params, locale)}`);
    say(cliText('seeHelp', {}, locale));
    return 125;
  }
  if (args === 'help') {
    io.stdout.write(`${cliText('usage', {}, locale)}\n`);
    return 0;
  }
  let client: EngineClient | undefined;
  try {
    client = await EngineClient.connect(resolveEngineEndpoint(args.host ? { host: args.host } : {}), { locale });
    const opts = runOptions(args);
    if (args.interactive && args.tty) return await runInTerminal(client, opts, stdin, io);
    return await runPiped(client, { ...opts, tty: args.tty, ...(args.interactive ? { stdin } : {}) }, io, locale);
  } catch (err) {
    return reportFailure(err, say);
  } finally {
    client?.close();
  }
}

function runOptions(args: RunArgs): RunOptions {
  return {
    image: args.image,
    keep: args.keep,
    env: args.env,
    ports: args.ports,
    volumes: args.volumes,
    labels: args.labels,
    ...(args.cmd.length > 0 ? { cmd: args.cmd } : {}),
    ...(args.ulimits.length > 0 ? { ulimits: args.ulimits } : {}),
    ...(args.network ? { network: args.network } : {}),
    ...(args.stopTimeout !== undefined ? { stopTimeoutSeconds: args.stopTimeout } : {}),
  };
}

/** Output to our stdout/stderr as it arrives; Ctrl-C (or SIGTERM) stops and removes the container. */
async function runPiped(client: EngineClient, opts: RunOptions, io: Io, locale: string): Promise<number> {
  const controller = new AbortController();
  const onSignal = (): void => {
    if (!controller.signal.aborted) io.stderr.write(`${cliText('stopping', {}, locale)}\n`);
    controller.abort();
  };
  const signals = ['SIGINT', 'SIGTERM', 'SIGHUP'] as const;
  for (const signal of signals) process.on(signal, onSignal);
  // Our reader went away (`| head -1`): stop the container instead of crashing on EPIPE.
  const onClosedOutput = (): void => controller.abort();
  io.stdout.on('error', onClosedOutput);
  try {
    return (await runContainer(client, { ...opts, signal: controller.signal }, writeTo(io))).exitCode;
  } finally {
    for (const signal of signals) process.removeListener(signal, onSignal);
    io.stdout.removeListener('error', onClosedOutput);
    opts.stdin?.pause();
  }
}

/** Writes each chunk to our stream of the same name, waiting for 'drain' when that stream is full (or broken). */
function writeTo(io: Io): OutputSink {
  return ({ stream, data }) => {
    const target = stream === 'stderr' ? io.stderr : io.stdout;
    if (target.write(data)) return undefined;
    return new Promise<void>((resolve) => {
      const done = (): void => {
        for (const event of ['drain', 'error', 'close']) target.removeListener(event, done);
        resolve();
      };
      for (const event of ['drain', 'error', 'close']) target.once(event, done);
    });
  };
}

/** -it from a terminal: raw mode, keystrokes to the container (Ctrl-C included, as docker does), resizes forwarded. */
async function runInTerminal(
  client: EngineClient,
  opts: RunOptions,
  stdin: NodeJS.ReadStream,
  io: Io,
): Promise<number> {
  const screen = (io.stdout as Partial<WriteStream>).isTTY ? (io.stdout as WriteStream) : undefined;
  const size = screen ? { cols: screen.columns, rows: screen.rows } : {};
  const session = await runInteractive(client, { ...opts, ...size });
  session.onOutput((data) => void io.stdout.write(data));
  const onKeys = (data: Buffer): void => session.write(data);
  const onResize = (): void => void (screen && session.resize(screen.columns, screen.rows).catch(() => undefined));
  const onSignal = (): void => void session.stop();
  stdin.setRawMode(true);
  stdin.on('data', onKeys);
  screen?.on('resize', onResize);
  for (const signal of ['SIGTERM', 'SIGHUP'] as const) process.on(signal, onSignal);
  try {
    return (await session.exit).exitCode;
  } finally {
    stdin.setRawMode(false);
    stdin.off('data', onKeys);
    stdin.pause();
    screen?.off('resize', onResize);
    for (const signal of ['SIGTERM', 'SIGHUP'] as const) process.removeListener(signal, onSignal);
  }
}

/** Prints what went wrong and how to fix it; returns docker's exit codes (125 engine/usage, 126/127 command, 130 cancelled). */
function reportFailure(err: unknown, say: (text: string) => void): number {
  if (!isRunError(err) && !isEngineError(err)) throw err;
  say(err.message);
  if (err.hint) say(err.hint);
  if (err.kind === 'cancelled') return 130;
  return isRunError(err) ? commandExitCode(err) : 125;
}

function commandExitCode(err: RunError): number {
  if (err.kind !== 'start-failed') return 125;
  if (/permission denied/i.test(err.engineMessage ?? '')) return 126;
  if (/no such file|not found/i.test(err.engineMessage ?? '')) return 127;
  return 125;
}
