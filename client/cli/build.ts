// `dockerfile-studio build`: builds through the Engine API, streams the steps to stderr and prints the image ID on stdout.
import { readFileSync } from 'node:fs';
import { relative, resolve } from 'node:path';
import { ContextError, contextMessage } from '../context/errors';
import { packContext } from '../context/pack';
import { buildImage, BuildError, type BuilderChoice } from '../engine/build';
import { EngineClient } from '../engine/client';
import { resolveEngineEndpoint } from '../engine/connection';
import { isEngineError } from '../engine/errors';
import { formatMessage, resolveLocale, type MessageId } from '../engine/messages';
import type { CliIo } from './args';

export interface BuildArgs {
  tags: string[];
  file?: string;
  buildArgs: Record<string, string>;
  target?: string;
  network?: string;
  builder: BuilderChoice;
  noCache: boolean;
  host?: string;
  context: string;
}

class UsageError extends Error {
  constructor(
    readonly id: MessageId,
    readonly params: Record<string, string> = {},
  ) {
    super(id);
  }
}

const valueOptions: Record<string, (args: BuildArgs, value: string, env: NodeJS.ProcessEnv) => void> = {
  '-t': (a, v) => a.tags.push(v),
  '--tag': (a, v) => a.tags.push(v),
  '-f': (a, v) => (a.file = v),
  '--file': (a, v) => (a.file = v),
  '--target': (a, v) => (a.target = v),
  '--network': (a, v) => (a.network = v),
  '--host': (a, v) => (a.host = v),
  '-H': (a, v) => (a.host = v),
  '--builder': (a, v) => {
    if (v !== 'auto' && v !== 'buildkit' && v !== 'classic') throw new UsageError('cliBadBuilder', { value: v });
    a.builder = v;
  },
  '--build-arg': (a, v, env) => {
    const eq = v.indexOf('=');
    const key = eq === -1 ? v : v.slice(0, eq);
    if (!key) throw new UsageError('cliBadBuildArg', { value: v });
    const value = eq === -1 ? env[key] : v.slice(eq + 1);
    if (value !== undefined) a.buildArgs[key] = value; // like docker: KEY alone takes the environment's value, if any
  },
};

/** Parses the command line; throws UsageError for anything it cannot accept. */
function parseBuildArgs(argv: string[], env: NodeJS.ProcessEnv = process.env): BuildArgs | 'help' {
  const args: BuildArgs = { tags: [], buildArgs: {}, builder: 'auto', noCache: false, context: '' };
  const positional: string[] = [];
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i] ?? '';
    if (arg === '-h' || arg === '--help') return 'help';
    if (arg === '--no-cache') {
      args.noCache = true;
      continue;
    }
    if (!arg.startsWith('-') || arg === '-') {
      positional.push(arg);
      continue;
    }
    const eq = arg.startsWith('--') ? arg.indexOf('=') : -1;
    const name = eq === -1 ? arg : arg.slice(0, eq);
    const apply = valueOptions[name];
    if (!apply) throw new UsageError('cliUnknownOption', { option: arg });
    const value = eq === -1 ? argv[++i] : arg.slice(eq + 1);
    if (value === undefined) throw new UsageError('cliMissingValue', { option: name });
    apply(args, value, env);
  }
  if (positional.length !== 1 || !positional[0]) throw new UsageError('cliOneContext');
  args.context = positional[0];
  return args;
}

export async function main(argv: string[], io: CliIo): Promise<number> {
  const locale = resolveLocale();
  const say = (id: MessageId, params?: Record<string, string>): void =>
    void io.stderr.write(`${formatMessage(id, params, locale)}\n`);
  let args: BuildArgs | 'help';
  try {
    args = parseBuildArgs(argv);
  } catch (err) {
    if (!(err instanceof UsageError)) throw err;
    say(err.id, err.params);
    say('cliBuildUsage');
    return 2;
  }
  if (args === 'help') {
    io.stdout.write(`${formatMessage('cliBuildUsage', {}, locale)}\n`);
    return 0;
  }
  const controller = new AbortController();
  const onSigint = (): void => controller.abort();
  process.once('SIGINT', onSigint);
  try {
    return await runBuild(args, io, locale, controller.signal);
  } finally {
    process.removeListener('SIGINT', onSigint);
  }
}

async function runBuild(args: BuildArgs, io: CliIo, locale: string, signal: AbortSignal): Promise<number> {
  const started = Date.now();
  // Like docker, -f is relative to the current folder, not to the context.
  const dockerfilePath = args.file ? resolve(args.file) : undefined;
  let client: EngineClient | undefined;
  let packed: ReturnType<typeof packContext> | undefined;
  try {
    packed = packContext({
      contextDir: args.context,
      ...(dockerfilePath ? { dockerfile: dockerfilePath } : {}),
      signal,
    });
    const dockerfileText = readFileSync(dockerfilePath ?? resolve(args.context, packed.dockerfileInContext), 'utf8');
    client = await EngineClient.connect(resolveEngineEndpoint(args.host ? { host: args.host } : {}), {
      signal,
      locale,
    });
    const result = await buildImage(
      client,
      {
        context: packed.stream,
        dockerfile: packed.dockerfileInContext,
        dockerfileText,
        tags: args.tags,
        buildArgs: args.buildArgs,
        noCache: args.noCache,
        builder: args.builder,
        signal,
        ...(args.target ? { target: args.target } : {}),
        ...(args.network ? { networkMode: args.network } : {}),
      },
      (event) => {
        if (event.type === 'output') io.stderr.write(`${event.text}\n`);
      },
    );
    io.stderr.write(
      `${formatMessage('cliBuilt', { id: result.imageId, seconds: ((Date.now() - started) / 1000).toFixed(1) }, locale)}\n`,
    );
    io.stdout.write(`${result.imageId}\n`);
    return 0;
  } catch (err) {
    return reportFailure(err, io, locale, dockerfilePath ?? resolve(args.context, 'Dockerfile'));
  } finally {
    packed?.stream.destroy(); // stops reading files when the build ended early
    client?.close();
  }
}

function reportFailure(err: unknown, io: CliIo, locale: string, dockerfile: string): number {
  const write = (text: string): void => void io.stderr.write(`${text}\n`);
  if (err instanceof ContextError) {
    write(contextMessage(err.kind, err.details, locale));
    return err.kind === 'cancelled' ? 130 : 2;
  }
  if (err instanceof BuildError) {
    const detail = err.engineMessage ?? err.message;
    const where = {
      file: relative(process.cwd(), dockerfile) || dockerfile,
      line: String((err.line ?? 0) + 1),
      detail,
    };
    write(err.line !== undefined && err.kind === 'build' ? formatMessage('buildFailedAt', where, locale) : err.message);
    if (err.hint) write(err.hint);
    return 1;
  }
  if (isEngineError(err)) {
    write(err.message);
    if (err.hint) write(err.hint);
    return err.kind === 'cancelled' ? 130 : 2;
  }
  if ((err as NodeJS.ErrnoException).code === 'ENOENT') {
    write(contextMessage('dockerfile-missing', { path: dockerfile }, locale));
    return 2;
  }
  throw err;
}
