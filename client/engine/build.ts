// `POST /build` with either of the engine's builders, reporting steps as they happen and returning the image ID.
import { join } from 'node:path';
import type { StepNumbering } from '../../core/dockerfile/steps';
import { parse } from '../../core/parser/index';
import type { DockerfileAst } from '../../core/parser/ast';
import { BuildKitProgress } from './build-buildkit';
import { ClassicProgress } from './build-classic';
import type { BuilderChoice, BuilderKind, BuildEventSink, BuildResult, BuildStep, StepLocator } from './build-events';
import { buildKitOnlyFeatures, stepLocator } from './build-lines';
import { decodeTrace } from './buildkit-trace';
import type { EngineClient, Query } from './client';
import { BuildCancel } from './build-cancel';
import { baseImagesOf, requireBaseImages } from './images';
import { authParams, isAuthFailure, registryInMessage } from './registry/auth-errors';
import { dockerConfigDir } from './registry/docker-config';
import { prepareBuildRequest, type PullPolicy, type RequestInputs } from './build-request';
import { removeContainer } from './containers';
import { EngineError, isEngineError, type EngineErrorInit } from './errors';
import type { MessageId } from './messages';
import { messageError, readNdjson, type JsonMessage } from './ndjson';

export type { BuilderChoice, BuilderKind, BuildEvent, BuildEventSink, BuildResult, BuildStep } from './build-events';
export type { PullPolicy } from './build-request';

export interface BuildOptions extends RequestInputs {
  /** The build decided beforehand (`planBuild`); when given, `dockerfileText` and `builder` are not used. */
  plan?: BuildPlan;
  /** The Dockerfile's text: lets us map steps to lines and check for BuildKit-only features before building. */
  dockerfileText?: string;
  tags?: string[];
  buildArgs?: Record<string, string>;
  target?: string;
  noCache?: boolean;
  /** `always` pulls base images anew; `never` refuses to build when one is not here (default `missing`). */
  pull?: PullPolicy;
  networkMode?: string;
  labels?: Record<string, string>;
  /** `linux/amd64`, `linux/arm64`…: the platform to build for. */
  platform?: string;
  /** Images whose layers may serve as cache. */
  cacheFrom?: string[];
  builder?: BuilderChoice;
}

/** A failed build: the engine's message, and the step (with its Dockerfile line) that failed. */
export class BuildError extends EngineError {
  readonly step: BuildStep | undefined;
  readonly steps: BuildStep[];
  /** 0-based Dockerfile line the failure belongs to, when known. */
  readonly line: number | undefined;

  constructor(init: EngineErrorInit & { step?: BuildStep; steps?: BuildStep[]; line?: number }) {
    super(init);
    this.step = init.step;
    this.steps = init.steps ?? [];
    this.line = init.line ?? init.step?.line;
  }

  static failed(message: string, step: BuildStep | undefined, steps: BuildStep[], locale?: string): BuildError {
    const line = step?.line ?? lineFromMessage(message);
    return new BuildError({
      kind: 'build',
      id: 'buildFailed',
      params: { detail: message },
      engineMessage: message,
      locale,
      ...(step ? { step } : {}),
      steps,
      ...(line !== undefined ? { line } : {}),
    });
  }
}

/** A build decided before it starts: the parsed Dockerfile, the builder, and how that builder numbers its steps. */
export interface BuildPlan {
  /** Steps map to its lines; undefined when the Dockerfile's text is not known. */
  ast: DockerfileAst | undefined;
  builder: BuilderKind;
  numbering: StepNumbering;
}

/**
 * Chooses the builder once, so that the caller's progress and `buildImage` agree on it. Throws when BuildKit was asked
 * for and is missing, or when the classic builder would be used and the Dockerfile needs BuildKit.
 */
export function planBuild(client: EngineClient, ast: DockerfileAst | undefined, choice?: BuilderChoice): BuildPlan {
  const { kind, reason } = chooseBuilder(client, choice);
  if (ast && kind === 'classic' && reason) checkFeatures(client, ast, reason);
  const numbering = kind === 'buildkit' ? 'buildkit' : client.isPodman ? 'podman' : 'docker-classic';
  return { ast, builder: kind, numbering };
}

/** Which builder runs the build, and why it is not BuildKit when it is not. */
function chooseBuilder(
  client: EngineClient,
  choice: BuilderChoice = 'auto',
): { kind: BuilderKind; reason?: MessageId } {
  const reason: MessageId = client.isPodman ? 'reasonPodman' : 'reasonEngine';
  if (choice === 'classic') return { kind: 'classic', reason: 'reasonClassicChosen' };
  if (client.supportsBuildKit) return { kind: 'buildkit' };
  if (choice === 'buildkit') {
    throw new EngineError({
      kind: 'needs-buildkit',
      id: 'buildKitUnavailable',
      params: { reason: reasonText(reason, client.locale) },
      locale: client.locale,
    });
  }
  return { kind: 'classic', reason };
}

function reasonText(id: MessageId, locale: string | undefined): string {
  return new EngineError({ kind: 'config', id, locale }).message;
}

function checkFeatures(client: EngineClient, ast: DockerfileAst, reason: MessageId): void {
  const features = buildKitOnlyFeatures(ast, client.isPodman ? 'podman' : 'docker');
  const first = features[0];
  if (!first) return;
  const list = [...new Set(features.map((f) => `${f.feature} (line ${f.line + 1})`))].join(', ');
  const params = { features: list, reason: reasonText(reason, client.locale) };
  throw new BuildError({
    kind: 'needs-buildkit',
    id: 'needsBuildKit',
    hintId: 'needsBuildKitHint',
    params,
    locale: client.locale,
    line: first.line,
  });
}

function buildQuery(opts: BuildOptions, builder: BuilderKind): Query {
  const json = (value: object | undefined): string | undefined =>
    value && Object.keys(value).length ? JSON.stringify(value) : undefined;
  return {
    t: opts.tags?.length ? opts.tags : undefined,
    buildargs: json(opts.buildArgs),
    labels: json(opts.labels),
    target: opts.target || undefined,
    nocache: opts.noCache || undefined,
    pull: opts.pull === 'always' || undefined,
    networkmode: opts.networkMode || undefined,
    platform: opts.platform || undefined,
    cachefrom: json(opts.cacheFrom),
    rm: true,
    forcerm: true,
    version: builder === 'buildkit' ? '2' : '1',
  };
}

/**
 * Builds an image; `onEvent` sees every line and step as it happens. Rejects with BuildError when the build fails.
 * Aborting `signal` cancels the build in the engine too (`POST /build/cancel`), then rejects as cancelled.
 */
export async function buildImage(
  client: EngineClient,
  opts: BuildOptions,
  onEvent: BuildEventSink = () => undefined,
): Promise<BuildResult> {
  const started = Date.now();
  const plan =
    opts.plan ??
    planBuild(client, opts.dockerfileText === undefined ? undefined : parse(opts.dockerfileText), opts.builder);
  const kind = plan.builder;
  const locator = plan.ast ? stepLocator(plan.ast, opts.target || undefined) : undefined;
  if (opts.pull === 'never' && plan.ast) await requireBaseImages(client, plan.ast, opts.target, opts.signal);
  const request = await prepareBuildRequest(client, opts, kind);
  const cancel = new BuildCancel(client, request.buildId, opts.signal);
  const reader = new BuildStreamReader(kind, onEvent, locator);
  try {
    const res = await client
      .request('POST', '/build', {
        query: { ...buildQuery(opts, kind), ...request.query },
        headers: request.headers,
        ...(request.body ? { body: request.body } : {}),
        ...(opts.signal ? { signal: opts.signal } : {}),
      })
      .catch((err: unknown) => {
        // A build refused before it started (bad Dockerfile syntax, missing file): keep the engine's own message.
        if (isEngineError(err) && err.kind === 'http' && err.engineMessage)
          throw BuildError.failed(err.engineMessage, undefined, [], client.locale);
        throw err;
      });
    for await (const event of readNdjson(res.body)) {
      if (event.type === 'malformed') onEvent(event);
      else reader.handle(event.message);
    }
  } catch (err) {
    if (isEngineError(err) && err.kind === 'cancelled') await removeStepContainer(client, reader.runningContainer());
    await cancel.settled();
    throw err;
  } finally {
    cancel.dispose();
    request.close();
  }
  const result = withRegistryHint(
    () => reader.finish(client, opts.tags ?? [], Date.now() - started),
    plan,
    opts,
    client.locale,
  );
  return request.session
    ? { ...result, transfer: { ...request.session.transfer, bytes: request.session.bytesSent } }
    : result;
}

/** A build that failed because a registry refused us: say which one, and what to run. */
function withRegistryHint(
  finish: () => BuildResult,
  plan: BuildPlan,
  opts: BuildOptions,
  locale: string | undefined,
): BuildResult {
  try {
    return finish();
  } catch (err) {
    const detail = err instanceof BuildError ? (err.engineMessage ?? '') : '';
    if (!(err instanceof BuildError) || !isAuthFailure(detail)) throw err;
    const registry = registryInMessage(detail, plan.ast ? baseImagesOf(plan.ast, opts.target) : []);
    const config = join(dockerConfigDir(opts.env ?? process.env), 'config.json');
    throw new BuildError({
      kind: 'build',
      id: 'registryAuth',
      hintId: 'registryAuthHint',
      params: authParams(registry, detail, config),
      engineMessage: detail,
      locale,
      ...(err.step ? { step: err.step } : {}),
      steps: err.steps,
      ...(err.line !== undefined ? { line: err.line } : {}),
    });
  }
}

/**
 * Docker 20.10's classic builder lets a RUN go on after the client hangs up, its container removed only when it ends:
 * on cancel we remove the step's container ourselves, which also ends the build.
 */
async function removeStepContainer(client: EngineClient, id: string | undefined): Promise<void> {
  if (!id || client.isPodman) return;
  await removeContainer(client, id).catch(() => undefined); // the engine may be gone too: the cancel is what we report
}

/** Turns the build's JSON messages into events, the image ID, and the failure. */
class BuildStreamReader {
  private readonly classic: ClassicProgress;
  private readonly buildKit: BuildKitProgress;
  private imageId: string | undefined;
  private failure: string | undefined;

  constructor(
    private readonly kind: BuilderKind,
    private readonly emit: BuildEventSink,
    locator: StepLocator | undefined,
  ) {
    this.classic = new ClassicProgress(emit, locator);
    this.buildKit = new BuildKitProgress(emit, locator);
  }

  handle(message: JsonMessage): void {
    const error = messageError(message);
    if (error !== undefined) return this.fail(error);
    if (message.id === 'moby.buildkit.trace' && typeof message.aux === 'string') return this.trace(message.aux);
    const auxId = (message.aux as { ID?: unknown } | undefined)?.ID;
    if (typeof auxId === 'string') this.imageId = auxId;
    if (typeof message.stream === 'string') this.classic.pushStream(message.stream);
    else if (typeof message.status === 'string')
      this.emit({ type: 'output', text: [message.id, message.status, message.progress].filter(Boolean).join(' ') });
  }

  /** The classic builder's container for the step in progress, if any. */
  runningContainer(): string | undefined {
    const running = this.classic.steps.at(-1);
    return running?.status === 'running' ? running.containerId : undefined;
  }

  finish(client: EngineClient, tags: string[], durationMs: number): BuildResult {
    this.classic.end();
    this.buildKit.end();
    const steps = this.kind === 'buildkit' ? this.buildKit.steps : this.classic.steps;
    if (this.failure !== undefined) {
      const step = this.kind === 'buildkit' ? this.buildKit.failedStep() : steps.find((s) => s.status === 'error');
      throw BuildError.failed(this.failure, step, steps, client.locale);
    }
    const printed = this.classic.printedImageId;
    const imageId = this.imageId ?? (printed?.length === 64 ? `sha256:${printed}` : undefined);
    if (!imageId) {
      throw new EngineError({
        kind: 'protocol',
        id: 'protocol',
        params: { host: client.endpoint.host, detail: 'the build ended without an image ID' },
        locale: client.locale,
      });
    }
    return { imageId, tags, steps, builder: this.kind, durationMs };
  }

  private fail(message: string): void {
    const text = message.trim();
    this.failure ??= text;
    const step = this.kind === 'buildkit' ? this.buildKit.failedStep() : this.classic.fail(this.failure);
    if (this.kind === 'classic') this.emit({ type: 'output', text }); // BuildKit printed `#N ERROR:` already
    this.emit({ type: 'error', message: text, step });
  }

  private trace(aux: string): void {
    try {
      this.buildKit.push(decodeTrace(aux));
    } catch (err) {
      this.emit({
        type: 'malformed',
        line: aux,
        reason: `undecodable BuildKit trace: ${err instanceof Error ? err.message : String(err)}`,
      });
    }
  }
}

/** "dockerfile parse error line 3: …" → 2 (0-based). */
function lineFromMessage(message: string): number | undefined {
  const match = /(?:dockerfile parse error )?line (\d+)/i.exec(message);
  return match ? Number(match[1]) - 1 : undefined;
}
