// The README's first command after setup: the seed from end to end with the CLI. Checks examples/hello/Dockerfile,
// finds or starts an engine (scripts/engine-up.sh, as the tests do), builds the example with a tag and runs it
// (hello), then builds examples/hello-classic with the classic builder, whose output shows each step's temporary
// container and intermediate image. Without an engine it stops after the check, says how to get one, and exits 1.
//
// The examples start `FROM ${BASE}` (default alpine). With no registry to pull alpine from, a stand-in base image is
// made from this machine's busybox-static, under a name that cannot pass for alpine, and the output says so.
//
// For its tests: DFS_ENGINE_UP replaces scripts/engine-up.sh, DFS_DEMO_NAMESPACE the images' namespace.
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { EngineClient } from '../client/engine/client';
import { resolveEngineEndpoint } from '../client/engine/connection';
import { removeImage } from '../client/engine/image-list';
import { baseImage, wanted } from './hello/base-image';
import { say, Stop, type HelloMessage } from './hello/messages';

const root = join(__dirname, '..');
const cli = join(root, 'dist', 'cli.js');
const namespace = process.env.DFS_DEMO_NAMESPACE || 'dockerfile-studio-demo';
const demoTag = `${namespace}/hello:1.0`;
const classicTag = `${namespace}/hello-classic:1.0`;

function heading(step: number, total: number, key: HelloMessage): void {
  process.stdout.write(`\n== ${step}/${total} ${say(key)}\n`);
}

/** Runs the CLI as a user would type it, shown first; stops on failure. Returns what it printed on stdout. */
function dockerfileStudio(args: string[], captureStdout = false): string {
  process.stdout.write(`$ dockerfile-studio ${args.join(' ')}\n`);
  const result = spawnSync(process.execPath, [cli, ...args], {
    cwd: root,
    stdio: ['ignore', captureStdout ? 'pipe' : 'inherit', 'inherit'],
    encoding: 'utf8',
  });
  if (result.status !== 0) {
    process.stdout.write(`${say('failed', { command: `dockerfile-studio ${args[0]}`, code: result.status ?? 1 })}\n`);
    throw new Stop(result.status ?? 1);
  }
  return result.stdout ?? '';
}

/** The engine scripts/engine-up.sh found or started: Docker first, else Podman. */
function findEngine(): { host: string; podman: boolean } | undefined {
  const engineUp = process.env.DFS_ENGINE_UP || join(root, 'scripts', 'engine-up.sh');
  const dir = mkdtempSync(join(tmpdir(), 'dfs-hello-'));
  const enginesFile = join(dir, 'engines.env');
  spawnSync('bash', [engineUp, enginesFile], { cwd: root, stdio: 'inherit' });
  const text = readFileSync(enginesFile, { encoding: 'utf8', flag: 'a+' });
  rmSync(dir, { recursive: true, force: true });
  const value = (name: string): string | undefined => new RegExp(`^${name}=(.+)$`, 'm').exec(text)?.[1]?.trim();
  const docker = value('DFS_TEST_DOCKER_HOST');
  const podman = value('DFS_TEST_PODMAN_HOST');
  if (docker) return { host: docker, podman: false };
  return podman ? { host: podman, podman: true } : undefined;
}

async function main(): Promise<number> {
  heading(1, 4, 'check');
  dockerfileStudio(['check', 'examples/hello/Dockerfile']);
  heading(2, 4, 'engine');
  const engine = findEngine();
  if (!engine) {
    process.stdout.write(`${say('noEngine')}\n`);
    return 1;
  }
  process.stdout.write(`${say('usingEngine', { host: engine.host })}\n`);
  const client = await EngineClient.connect(resolveEngineEndpoint({ host: engine.host }));
  let base: string;
  try {
    base = await baseImage(client, `${namespace}/busybox-base:local`);
    // The classic example is built without the cache: its last build would be left behind untagged.
    await removeImage(client, classicTag).catch(() => undefined);
  } finally {
    client.close();
  }
  const host = ['-H', engine.host];
  // The engines scripts/engine-up.sh starts have no bridge network; the examples need none.
  const build = (tag: string, dir: string, extra: string[] = []): string => {
    const printed = dockerfileStudio(
      ['build', ...host, '-t', tag, '--build-arg', `BASE=${base}`, '--network', 'none', ...extra, dir],
      true,
    );
    const id = printed.trim().split('\n').at(-1) ?? '';
    process.stdout.write(`${say('imageId', { id })}\n`);
    return id;
  };
  // Podman on sandboxed machines cannot apply its default limits: pass sane ones (docs/engine-facts.md).
  const limits = engine.podman ? ['--ulimit', 'nofile=1024:1024', '--ulimit', 'nproc=1024:1024'] : [];
  const run = (tag: string): void =>
    void dockerfileStudio(['run', ...host, '--rm', '--network', 'none', ...limits, tag]);
  heading(3, 4, 'build');
  build(demoTag, 'examples/hello');
  run(demoTag);
  heading(4, 4, 'classic');
  // Without the cache, so that every run shows the steps' temporary containers, not `Using cache`.
  build(classicTag, 'examples/hello-classic', ['--builder', 'classic', '--no-cache']);
  run(classicTag);
  const cli = engine.podman ? 'podman' : 'docker';
  const images = [demoTag, classicTag, ...(base === wanted.name ? [] : [base])].join(' ');
  process.stdout.write(`\n${say('done', { images, cli })}\n`);
  return 0;
}

main().then(
  (code) => process.exit(code),
  (error: unknown) => {
    if (error instanceof Stop) process.exit(error.code);
    process.stderr.write(`${error instanceof Error ? error.message : String(error)}\n`);
    process.exit(1);
  },
);
