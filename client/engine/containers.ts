// Container endpoints used by runs: create, attach, start, wait, stop, kill, remove, resize.
// Engine failures that users meet when running are turned into RunErrors that say what to do.
import type { Duplex } from 'node:stream';
import type { EngineClient } from './client';
import { EngineError, isEngineError } from './errors';
import { readText } from './transport';
import { resolveLocale } from './messages';
import { redactParams } from './redact';
import { defineCatalog, translate, type Localized } from '../../core/l10n';

export interface PortBinding {
  hostIp?: string;
  /** Empty: the engine picks a free port. */
  hostPort: string;
  containerPort: string;
  protocol: 'tcp' | 'udp' | 'sctp';
}

export interface Ulimit {
  name: string;
  soft: number;
  hard: number;
}

export interface ContainerSpec {
  image: string;
  cmd?: string[];
  /** `NAME=value` entries. */
  env?: string[];
  tty?: boolean;
  /** Keep stdin open and attach it (`-i`). */
  stdin?: boolean;
  labels?: Record<string, string>;
  /** `default`, `none`, `host` or a network name. */
  network?: string;
  ports?: PortBinding[];
  /** Binds as the engine takes them: `/host/path:/container/path[:ro]` or `volume:/path`. */
  volumes?: string[];
  ulimits?: Ulimit[];
  /** The engine removes the container when it exits (`--rm`), even if we are gone by then. */
  autoRemove?: boolean;
}

/** The body of `POST /containers/create`. */
export function createBody(spec: ContainerSpec): object {
  const ports = spec.ports ?? [];
  const exposed = Object.fromEntries(ports.map((p) => [`${p.containerPort}/${p.protocol}`, {}]));
  const bindings: Record<string, { HostIp: string; HostPort: string }[]> = {};
  for (const p of ports)
    (bindings[`${p.containerPort}/${p.protocol}`] ??= []).push({ HostIp: p.hostIp ?? '', HostPort: p.hostPort });
  const interactive = spec.stdin === true;
  return {
    Image: spec.image,
    ...(spec.cmd && spec.cmd.length > 0 ? { Cmd: spec.cmd } : {}),
    Env: spec.env ?? [],
    Tty: spec.tty === true,
    OpenStdin: interactive,
    StdinOnce: interactive,
    AttachStdin: interactive,
    AttachStdout: true,
    AttachStderr: true,
    Labels: spec.labels ?? {},
    ExposedPorts: exposed,
    HostConfig: {
      NetworkMode: spec.network ?? 'default',
      PortBindings: bindings,
      Binds: spec.volumes ?? [],
      AutoRemove: spec.autoRemove === true,
      ...(spec.ulimits ? { Ulimits: spec.ulimits.map((u) => ({ Name: u.name, Soft: u.soft, Hard: u.hard })) } : {}),
    },
  };
}

/** Creates the container; a missing image becomes a RunError of kind `image-missing`. */
export async function createContainer(client: EngineClient, spec: ContainerSpec): Promise<string> {
  try {
    const created = await client.json<{ Id: string }>('POST', '/containers/create', { body: createBody(spec) });
    return created.Id;
  } catch (err) {
    if (isEngineError(err) && err.status === 404) {
      const params = { image: spec.image, detail: err.engineMessage ?? '', cli: engineCli(client) };
      throw new RunError('image-missing', 'imageMissing', params, { cause: err, locale: client.locale });
    }
    if (isEngineError(err) && err.kind === 'http' && err.engineMessage) {
      throw new RunError(
        'create-failed',
        'createFailed',
        { image: spec.image, detail: err.engineMessage },
        { cause: err, locale: client.locale },
      );
    }
    throw err;
  }
}

/**
 * A hijacked attach stream: stdout/stderr (framed unless TTY), and stdin when asked. Call before start.
 * Podman prepares the container (ports included) when attaching, so attach fails the way start does.
 */
export async function attachContainer(client: EngineClient, id: string, spec: ContainerSpec): Promise<Duplex> {
  const query = { stream: true, stdout: true, stderr: true, stdin: spec.stdin === true };
  try {
    return await client.hijack(`/containers/${id}/attach`, { query });
  } catch (err) {
    throw startFailure(err, client, id, spec);
  }
}

/** Starts the container; a port conflict or a failing entrypoint becomes a RunError keeping the engine's message. */
export async function startContainer(client: EngineClient, id: string, spec: ContainerSpec): Promise<void> {
  try {
    (await client.request('POST', `/containers/${id}/start`)).body.resume();
  } catch (err) {
    throw startFailure(err, client, id, spec);
  }
}

function startFailure(err: unknown, client: EngineClient, id: string, spec: ContainerSpec): unknown {
  // Without the engine's own words, the EngineError says best what was asked and what the status means.
  if (!isEngineError(err) || err.kind !== 'http' || !err.engineMessage) return err;
  const detail = err.engineMessage;
  const locale = client.locale;
  const port = conflictingPort(detail, spec.ports ?? []);
  if (port)
    return new RunError(
      'port-in-use',
      'portInUse',
      { ...port, detail, id: shortId(id) },
      { cause: err, locale, containerId: id },
    );
  const hintId = /setting rlimit/i.test(detail) ? 'ulimitsHint' : 'startFailedHint';
  return new RunError(
    'start-failed',
    'startFailed',
    { detail, id: shortId(id) },
    { cause: err, locale, containerId: id, hintId },
  );
}

const portConflict = [
  /:(\d+): bind: address already in use/i, // the userland proxy (docker) or netavark/rootlessport (podman) could not listen
  /Bind for [^\s]*:(\d+) failed: port is already allocated/i, // another container publishes it
];

function conflictingPort(
  engineMessage: string,
  ports: PortBinding[],
): { port: string; suggestion: string } | undefined {
  for (const pattern of portConflict) {
    const port = pattern.exec(engineMessage)?.[1];
    if (!port) continue;
    const binding = ports.find((p) => p.hostPort === port) ?? ports[0];
    const containerPort = binding?.containerPort ?? port;
    return { port, suggestion: `${Number(port) + 1}:${containerPort}` };
  }
  return undefined;
}

/**
 * Registers a wait for the container's next exit and resolves once the engine has registered it (the headers
 * arrived), so that starting afterwards cannot miss a quick exit. `exit` resolves with the exit code, once the
 * container is removed too when it is `autoRemove`; `abandon` drops the wait.
 * Docker answers `next-exit` before its auto-removal, so it waits for `removed`; Podman answers `removed` with exit
 * code 0 whatever the code was, so it waits for `next-exit`, then for `removed` (docs/engine-facts.md).
 */
export async function waitForExit(
  client: EngineClient,
  id: string,
  autoRemove: boolean,
): Promise<{ exit: Promise<number>; abandon: () => void }> {
  const condition = autoRemove && !client.isPodman ? 'removed' : 'next-exit';
  const res = await client.request('POST', `/containers/${id}/wait`, { query: { condition } });
  const exit = readText(res.body).then((text) => {
    const code = (parseJson(text) as { StatusCode?: unknown } | undefined)?.StatusCode;
    if (typeof code === 'number') return code;
    // An empty or cut answer: the connection closed before the container exited.
    const detail = 'the answer to the wait for the exit code was cut off';
    throw new EngineError({
      kind: 'stream',
      id: 'streamLost',
      params: { host: client.endpoint.host, detail },
      locale: client.locale,
    });
  });
  const done = autoRemove && client.isPodman ? exit.then(async (code) => (await untilRemoved(client, id), code)) : exit;
  done.catch(() => undefined); // the caller awaits it later; avoid an unhandled rejection in the meantime
  return { exit: done, abandon: () => res.body.destroy() };
}

/**
 * Podman's auto-removal can still be under way when `next-exit` answers: wait for its end. The exit code is known by
 * then, so a failure here (gone already: 404, or 500 "no such container") changes nothing.
 */
async function untilRemoved(client: EngineClient, id: string): Promise<void> {
  const query = { condition: 'removed' };
  await client
    .request('POST', `/containers/${id}/wait`, { query })
    .then((res) => readText(res.body))
    .catch(() => undefined);
}

function parseJson(text: string): unknown {
  try {
    return JSON.parse(text);
  } catch {
    return undefined;
  }
}

/** SIGTERM, then SIGKILL after `timeoutSeconds` (the engine's own stop). Already stopped or gone is fine. */
export async function stopContainer(client: EngineClient, id: string, timeoutSeconds: number): Promise<void> {
  const query = { t: timeoutSeconds };
  await ignoreGone(client.request('POST', `/containers/${id}/stop`, { query, extraWaitMs: timeoutSeconds * 1000 }));
}

export async function killContainer(client: EngineClient, id: string, signal = 'KILL'): Promise<void> {
  await ignoreGone(client.request('POST', `/containers/${id}/kill`, { query: { signal } }));
}

/** Removes the container and its anonymous volumes (as `docker run --rm` does), even while running. */
export async function removeContainer(client: EngineClient, id: string): Promise<void> {
  await ignoreGone(client.request('DELETE', `/containers/${id}`, { query: { force: true, v: true } }));
}

/** Resizes the container's TTY; only meaningful once it runs. */
export async function resizeContainer(client: EngineClient, id: string, cols: number, rows: number): Promise<void> {
  await ignoreGone(client.request('POST', `/containers/${id}/resize`, { query: { w: cols, h: rows } }));
}

/** Awaits a request whose target may already be gone (404), stopped (304) or being removed (409). */
async function ignoreGone(request: Promise<{ body: NodeJS.ReadableStream }>): Promise<void> {
  try {
    (await request).body.resume();
  } catch (err) {
    if (isEngineError(err) && (err.status === 404 || err.status === 409)) return;
    throw err;
  }
}

export type RunErrorKind =
  | 'image-missing'
  | 'create-failed'
  | 'start-failed'
  | 'port-in-use'
  | 'engine-gone'
  | 'cancelled'
  | 'invalid-option'
  | 'protocol';

const runMessages = defineCatalog(
  'run',
  {
    imageMissing: 'The image "{image}" does not exist on this engine (it may have been removed).',
    imageMissingHint: 'Build the Dockerfile again, or run an image that exists ("{cli} images" lists them).',
    createFailed: 'The engine refused to create a container from "{image}": {detail}',
    createFailedHint: 'Check the run options: command, environment variables, ports, volumes and network.',
    startFailed: 'The container could not start: {detail}',
    startFailedHint:
      'Check that the program named in CMD or ENTRYPOINT exists in the image and is executable; use its full path, e.g. ["/bin/echo", "hello"].',
    ulimitsHint:
      'The engine could not apply its default resource limits (ulimits) here. Pass explicit limits (--ulimit nofile=1024:1024 --ulimit nproc=1024:1024), or set default_ulimits in containers.conf for Podman.',
    portInUse: 'Port {port} on this machine is already in use, so the container cannot publish it.',
    portInUseHint:
      'Stop the program or container that uses port {port}, or publish another host port (for example -p {suggestion}).',
    engineGone: 'The connection to the engine was lost while the container {id} was running: {detail}',
    engineGoneHint:
      'The output received so far is kept. When the engine is back, check whether the container still exists ("{cli} ps -a") and remove it with "{cli} rm -f {id}".',
    cancelled: 'The run was cancelled; the container {id} was stopped and removed.',
    cancelledKept: 'The run was cancelled; the container {id} was stopped and kept, as asked.',
    cleanupFailed: 'The container {id} could not be removed: {detail}',
    cleanupFailedHint: 'Remove it yourself with "{cli} rm -f {id}".',
    invalidPort:
      'Invalid port mapping "{value}": use HOST:CONTAINER (for example 8080:80), optionally with an address (127.0.0.1:8080:80) or a protocol (53:53/udp).',
    invalidEnv: 'Invalid environment variable "{value}": use NAME=VALUE.',
    invalidUlimit: 'Invalid ulimit "{value}": use NAME=SOFT[:HARD] (for example nofile=1024:2048).',
    protocol: 'The engine sent container output Dockerfile Studio cannot read: {detail}',
  },
  {
    imageMissing: '이미지 "{image}"이(가) 이 엔진에 없습니다(삭제되었을 수 있습니다).',
    imageMissingHint:
      'Dockerfile을 다시 빌드하거나, 존재하는 이미지를 실행하세요("{cli} images"로 목록을 볼 수 있습니다).',
    createFailed: '엔진이 "{image}"(으)로 컨테이너를 만들지 못했습니다: {detail}',
    createFailedHint: '실행 옵션(명령, 환경 변수, 포트, 볼륨, 네트워크)을 확인하세요.',
    startFailed: '컨테이너를 시작하지 못했습니다: {detail}',
    startFailedHint:
      'CMD나 ENTRYPOINT에 적은 프로그램이 이미지 안에 있고 실행 가능한지 확인하세요. 전체 경로를 쓰세요. 예: ["/bin/echo", "hello"].',
    ulimitsHint:
      '엔진이 기본 자원 제한(ulimit)을 여기서 적용하지 못했습니다. 제한을 직접 지정하거나(--ulimit nofile=1024:1024 --ulimit nproc=1024:1024), Podman이라면 containers.conf에 default_ulimits를 설정하세요.',
    portInUse: '이 컴퓨터의 포트 {port}번이 이미 사용 중이라 컨테이너에 연결할 수 없습니다.',
    portInUseHint:
      '포트 {port}번을 쓰는 프로그램이나 컨테이너를 멈추거나, 다른 호스트 포트를 연결하세요(예: -p {suggestion}).',
    engineGone: '컨테이너 {id} 실행 중 엔진과의 연결이 끊어졌습니다: {detail}',
    engineGoneHint:
      '지금까지 받은 출력은 그대로 남아 있습니다. 엔진이 돌아오면 컨테이너가 남아 있는지 확인하고("{cli} ps -a") 다음 명령으로 지우세요: {cli} rm -f {id}',
    cancelled: '실행이 취소되었습니다. 컨테이너 {id}을(를) 멈추고 삭제했습니다.',
    cancelledKept: '실행이 취소되었습니다. 요청대로 컨테이너 {id}을(를) 멈추고 남겨 두었습니다.',
    cleanupFailed: '컨테이너 {id}을(를) 삭제하지 못했습니다: {detail}',
    cleanupFailedHint: '다음 명령으로 직접 삭제하세요: {cli} rm -f {id}',
    invalidPort:
      '포트 매핑 "{value}"이(가) 올바르지 않습니다. HOST:CONTAINER 형식을 쓰세요(예: 8080:80). 주소(127.0.0.1:8080:80)나 프로토콜(53:53/udp)을 붙일 수 있습니다.',
    invalidEnv: '환경 변수 "{value}"이(가) 올바르지 않습니다. NAME=VALUE 형식을 쓰세요.',
    invalidUlimit: 'ulimit "{value}"이(가) 올바르지 않습니다. NAME=SOFT[:HARD] 형식을 쓰세요(예: nofile=1024:2048).',
    protocol: '엔진이 Dockerfile Studio가 읽을 수 없는 컨테이너 출력을 보냈습니다: {detail}',
  },
);

export type RunMessageId = keyof typeof runMessages.en;

function formatRunMessage(id: RunMessageId, params: Record<string, string>, locale?: string): string {
  return translate(runMessages, resolveLocale(locale), id, redactParams(params));
}

export interface RunErrorOptions {
  locale?: string | undefined;
  cause?: unknown;
  containerId?: string;
  /** Defaults to `<id>Hint` when that message exists. */
  hintId?: RunMessageId;
}

/** A run failure a user can act on: `message` says what went wrong, `hint` how to fix it; both in English or Korean. */
export class RunError extends Error implements Localized {
  readonly hint: string | undefined;
  readonly containerId: string | undefined;
  /** The engine's own text, verbatim, when it had one. */
  readonly engineMessage: string | undefined;
  private readonly hintId: RunMessageId | undefined;

  constructor(
    readonly kind: RunErrorKind,
    readonly messageId: RunMessageId,
    readonly params: Record<string, string>,
    opts: RunErrorOptions = {},
  ) {
    super(formatRunMessage(messageId, params, opts.locale), { cause: opts.cause });
    this.name = 'RunError';
    const defaultHint = `${messageId}Hint`;
    this.hintId =
      opts.hintId ?? (Object.hasOwn(runMessages.en, defaultHint) ? (defaultHint as RunMessageId) : undefined);
    this.hint = this.hintId ? formatRunMessage(this.hintId, params, opts.locale) : undefined;
    this.containerId = opts.containerId;
    this.engineMessage = params.detail || undefined;
  }

  localized(locale: string): { message: string; hint: string | undefined } {
    return {
      message: formatRunMessage(this.messageId, this.params, locale),
      hint: this.hintId ? formatRunMessage(this.hintId, this.params, locale) : undefined,
    };
  }
}

export function isRunError(value: unknown): value is RunError {
  return value instanceof RunError;
}

/** The command users know for this engine, for hints such as "docker rm -f …". */
export function engineCli(client: EngineClient): 'docker' | 'podman' {
  return client.isPodman ? 'podman' : 'docker';
}

/** The 12-character form users know from `docker ps`. */
export function shortId(id: string): string {
  return id.replace(/^sha256:/, '').slice(0, 12);
}
