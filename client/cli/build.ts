// `dockerfile-studio build`: builds through the Engine API, streams the steps to stderr and prints the image ID on stdout.
import { relative, resolve } from 'node:path';
import { imageTagProblem } from '../../core/image-tag';
import { formatDuration, type Locale } from '../../core/l10n';
import { ContextError } from '../context/errors';
import { resolveContext } from '../context/resolve';
import { buildImage, BuildError, type BuilderChoice, type PullPolicy } from '../engine/build';
import { EngineClient } from '../engine/client';
import { resolveEngineEndpoint } from '../engine/connection';
import { isEngineError } from '../engine/errors';
import { parseSecretSpec, type SecretSpec } from '../engine/session/secrets';
import { parseSshSpec, type SshSpec } from '../engine/session/ssh';
import { buildText } from './build-messages';
import { startCommand, type ArgsOrMistake, type CommandDefinition } from './command';
import { writeLine, type CliIo } from './io';
import { labelEntry } from './run-args';

const OPTIONS = {
  tag: { type: 'string', short: 't', multiple: true },
  file: { type: 'string', short: 'f' },
  'build-arg': { type: 'string', multiple: true },
  target: { type: 'string' },
  network: { type: 'string' },
  builder: { type: 'string', choices: ['auto', 'buildkit', 'classic'] },
  'no-cache': { type: 'boolean' },
  host: { type: 'string', short: 'H' },
  secret: { type: 'string', multiple: true },
  ssh: { type: 'string', multiple: true },
  platform: { type: 'string' },
  pull: { type: 'string', choices: ['missing', 'always', 'never'] },
  label: { type: 'string', multiple: true },
  'cache-from': { type: 'string', multiple: true },
} as const;

export interface BuildArgs {
  context: string;
  tags: string[];
  file: string | undefined;
  buildArgs: Record<string, string>;
  target: string | undefined;
  network: string | undefined;
  builder: BuilderChoice;
  noCache: boolean;
  host: string | undefined;
  secrets: SecretSpec[];
  ssh: SshSpec[];
  platform: string | undefined;
  pull: PullPolicy;
  labels: Record<string, string>;
  cacheFrom: string[];
}

export const buildCommand: CommandDefinition<typeof OPTIONS, BuildArgs> = {
  name: 'build',
  options: OPTIONS,
  read: ({ values, positionals: [context, ...extra] }, io) => {
    if (!context || extra.length > 0) return { mistake: (locale) => buildText(locale, 'oneContext') };
    const buildArgs = buildArgsFrom(values['build-arg'], io.env);
    if ('mistake' in buildArgs) return buildArgs;
    const sessionSpecs = sessionSpecsFrom(values.secret, values.ssh, io.cwd);
    if ('mistake' in sessionSpecs) return sessionSpecs;
    return {
      args: {
        context,
        tags: values.tag,
        file: values.file,
        buildArgs: buildArgs.args,
        target: values.target,
        network: values.network,
        builder: (values.builder ?? 'auto') as BuilderChoice,
        noCache: values['no-cache'],
        host: values.host,
        ...sessionSpecs.args,
        platform: values.platform,
        pull: (values.pull ?? 'missing') as PullPolicy,
        labels: Object.fromEntries(values.label.map(labelEntry)),
        cacheFrom: values['cache-from'],
      },
    };
  },
  usage: (locale, common) => buildText(locale, 'usage', { common }),
  usageStatus: 2,
};

/** `KEY=VALUE`, or `KEY` alone for the environment's value (left out when it has none), as docker does. */
function buildArgsFrom(written: readonly string[], env: CliIo['env']): ArgsOrMistake<Record<string, string>> {
  const args: Record<string, string> = {};
  for (const value of written) {
    const eq = value.indexOf('=');
    const key = eq === -1 ? value : value.slice(0, eq);
    if (!key) return { mistake: (locale) => buildText(locale, 'badBuildArg', { value }) };
    const given = eq === -1 ? env[key] : value.slice(eq + 1);
    if (given !== undefined) args[key] = given;
  }
  return { args };
}

/** Docker's exit status for a tag it refuses. */
const BAD_TAG_STATUS = 125;
/** A longer tag is shown cut, so that the message stays one line. */
const SHOWN_TAG_LENGTH = 80;

/** What is wrong with the first bad tag, in one line; checked before any file is read. */
function badTag(tags: readonly string[], locale: Locale): string | undefined {
  for (const tag of tags) {
    const problem = imageTagProblem(tag, locale);
    if (problem === undefined) continue;
    const cut = tag.length > SHOWN_TAG_LENGTH ? `${tag.slice(0, SHOWN_TAG_LENGTH)}…` : tag;
    return buildText(locale, 'badTag', { tag: JSON.stringify(cut), problem });
  }
  return undefined;
}

/** `--secret` and `--ssh` as the docker CLI reads them. */
function sessionSpecsFrom(
  secrets: readonly string[],
  ssh: readonly string[],
  cwd: string,
): ArgsOrMistake<{ secrets: SecretSpec[]; ssh: SshSpec[] }> {
  const parsedSecrets = secrets.map((value) => ({ value, spec: parseSecretSpec(value, cwd) }));
  const badSecret = parsedSecrets.find((s) => !s.spec);
  if (badSecret) return { mistake: (locale) => buildText(locale, 'badSecret', { value: badSecret.value }) };
  const parsedSsh = ssh.map((value) => ({ value, spec: parseSshSpec(value) }));
  const badSsh = parsedSsh.find((s) => !s.spec);
  if (badSsh) return { mistake: (locale) => buildText(locale, 'badSsh', { value: badSsh.value }) };
  return {
    args: {
      secrets: parsedSecrets.flatMap((s) => (s.spec ? [s.spec] : [])),
      ssh: parsedSsh.flatMap((s) => (s.spec ? [s.spec] : [])),
    },
  };
}

export async function main(argv: readonly string[], io: CliIo, inheritedLang?: string): Promise<number> {
  const started = startCommand(buildCommand, argv, io, inheritedLang);
  if (typeof started === 'number') return started;
  const tagMistake = badTag(started.args.tags, started.locale);
  if (tagMistake !== undefined) {
    started.complain(tagMistake);
    return BAD_TAG_STATUS;
  }
  const controller = new AbortController();
  // The first Ctrl-C cancels the build; a second one, with no handler left, ends the process at once.
  const stopListening = io.onSignals(['SIGINT'], () => {
    stopListening();
    controller.abort();
  });
  try {
    return await runBuild(started.args, io, started.locale, controller.signal);
  } finally {
    stopListening();
  }
}

async function runBuild(args: BuildArgs, io: CliIo, locale: Locale, signal: AbortSignal): Promise<number> {
  const started = Date.now();
  const contextDir = resolve(io.cwd, args.context);
  // Like docker, -f is relative to the current folder, not to the context.
  const dockerfilePath = args.file ? resolve(io.cwd, args.file) : undefined;
  let client: EngineClient | undefined;
  try {
    // The context is checked now (folder, Dockerfile, .dockerignore); its files are read only once the engine takes
    // the build: an unreachable engine is what the user hears of first, and Ctrl-C meanwhile reads nothing.
    const context = resolveContext(contextDir, dockerfilePath);
    const endpoint = resolveEngineEndpoint({ env: io.env, ...(args.host ? { host: args.host } : {}) });
    client = await EngineClient.connect(endpoint, { signal, locale });
    const result = await buildImage(
      client,
      {
        contextDir,
        ...(dockerfilePath ? { dockerfilePath } : {}),
        dockerfileText: context.dockerfileText,
        tags: args.tags,
        buildArgs: args.buildArgs,
        noCache: args.noCache,
        builder: args.builder,
        signal,
        env: io.env,
        secrets: args.secrets,
        ssh: args.ssh,
        pull: args.pull,
        labels: args.labels,
        cacheFrom: args.cacheFrom,
        ...(args.platform ? { platform: args.platform } : {}),
        ...(args.target ? { target: args.target } : {}),
        ...(args.network ? { networkMode: args.network } : {}),
      },
      (event) => {
        if (event.type === 'output') writeLine(io.stderr, event.text);
      },
    );
    const duration = formatDuration(Date.now() - started, locale);
    writeLine(io.stderr, buildText(locale, 'built', { id: result.imageId, duration }));
    writeLine(io.stdout, result.imageId);
    return 0;
  } catch (err) {
    const dockerfile = relative(io.cwd, dockerfilePath ?? resolve(contextDir, 'Dockerfile'));
    return reportFailure(err, io, locale, dockerfile);
  } finally {
    client?.close();
  }
}

/** Prints what went wrong and how to fix it; returns 1 for a failed build, 130 when cancelled, else 2. */
function reportFailure(err: unknown, io: CliIo, locale: Locale, dockerfile: string): number {
  if (!(err instanceof ContextError) && !isEngineError(err)) throw err;
  const { message, hint } = err.localized(locale);
  writeLine(io.stderr, failedLine(err, locale, dockerfile) ?? message);
  if (hint) writeLine(io.stderr, hint);
  if (err instanceof BuildError) return 1;
  return err.kind === 'cancelled' ? 130 : 2;
}

/** "The build failed at Dockerfile:2: …", when the engine's message belongs to a line of the Dockerfile. */
function failedLine(err: unknown, locale: Locale, dockerfile: string): string | undefined {
  if (!(err instanceof BuildError) || err.kind !== 'build' || err.line === undefined) return undefined;
  const detail = err.engineMessage ?? err.localized(locale).message;
  return buildText(locale, 'failedAt', { file: dockerfile, line: err.line + 1, detail });
}
