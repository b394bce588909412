// Real engines for tests: which ones are here, one suite per engine (skipped with a reason, or failed under CI=true),
// a busybox base image imported by the tests themselves, and cleanup of exactly what the tests created.
import { spawnSync } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { after, before, describe, it } from 'node:test';
import { EngineClient } from '../../client/engine/client';
import { resolveEngineEndpoint } from '../../client/engine/connection';
import { messageError, readNdjson } from '../../client/engine/ndjson';
import { busyboxRootfs } from './rootfs';

export type EngineName = 'docker' | 'podman';

export interface TestEngine {
  name: EngineName;
  host: string;
}

const repoRoot = join(__dirname, '..', '..');
/** Written by scripts/engine-up.sh. */
export const enginesEnvFile = join(repoRoot, '.cache', 'engines.env');

const envNames: Record<EngineName, string> = { docker: 'DFS_TEST_DOCKER_HOST', podman: 'DFS_TEST_PODMAN_HOST' };
const defaultHosts: Record<EngineName, string[]> = {
  docker: ['unix:///var/run/docker.sock'],
  podman: [
    'unix:///run/podman-dev/podman.sock',
    'unix:///run/dockerfile-studio-podman/podman.sock',
    'unix:///run/podman/podman.sock',
    ...(process.env.XDG_RUNTIME_DIR ? [`unix://${process.env.XDG_RUNTIME_DIR}/podman/podman.sock`] : []),
  ],
};

/** One id per test process: every image and container the tests create carries it as a label. */
export const testRunId = process.env.DFS_TEST_RUN_ID ?? `r${randomBytes(5).toString('hex')}`;
export const testLabelKey = 'dockerfile-studio.test';
export const testLabel = `${testLabelKey}=${testRunId}`;

function envFileValues(): Record<string, string> {
  if (!existsSync(enginesEnvFile)) return {};
  const values: Record<string, string> = {};
  for (const line of readFileSync(enginesEnvFile, 'utf8').split('\n')) {
    const match = /^\s*(?:export\s+)?(\w+)=["']?([^"'\n]*)["']?\s*$/.exec(line);
    if (match?.[1] && match[2] !== undefined) values[match[1]] = match[2];
  }
  return values;
}

/** The host each engine is expected at: env var, then .cache/engines.env, then the first default socket that exists. */
export function expectedEngines(): TestEngine[] {
  const file = envFileValues();
  return (['docker', 'podman'] as const).map((name) => {
    const configured = process.env[envNames[name]] ?? file[envNames[name]];
    const host =
      configured ||
      defaultHosts[name].find((h) => existsSync(h.slice('unix://'.length))) ||
      (defaultHosts[name][0] ?? '');
    return { name, host };
  });
}

const probeScript = `
const http = require('node:http');
const host = process.argv[1];
const target = host.startsWith('unix://') ? { socketPath: host.slice(7) } : (() => { const u = new URL(host.replace(/^tcp:/, 'http:')); return { host: u.hostname, port: u.port }; })();
const req = http.get({ ...target, path: '/_ping', timeout: 5000 }, (res) => { res.resume(); process.exit(res.statusCode === 200 ? 0 : 3); });
req.on('timeout', () => { console.log('timed out'); process.exit(4); });
req.on('error', (e) => { console.log(e.code || e.message); process.exit(5); });`;

/** Synchronously pings an engine (suites are defined synchronously); returns why it is unusable, or undefined. */
export function engineUnavailableReason(engine: TestEngine): string | undefined {
  if (!engine.host) return `no ${engine.name} host configured (set ${envNames[engine.name]})`;
  if (!/^(unix|tcp):\/\//.test(engine.host)) return `tests only probe unix:// and tcp:// hosts, not ${engine.host}`;
  const result = spawnSync(process.execPath, ['-e', probeScript, engine.host], { encoding: 'utf8', timeout: 10000 });
  if (result.status === 0) return undefined;
  return `no ${engine.name} engine answers at ${engine.host} (${result.stdout.trim() || `status ${result.status}`}); run scripts/engine-up.sh`;
}

export interface EngineSuite {
  engine: TestEngine;
  /** Connected in a `before` hook. */
  readonly client: EngineClient;
  /** Tag of the busybox base image imported for this suite. */
  readonly baseImage: string;
  resources: TestResources;
}

/**
 * Defines `describe("<title> [<engine>]")` for each available engine. A missing engine skips its suite with the reason
 * printed, except under CI=true, where it fails.
 */
export function describeEngines(
  title: string,
  body: (suite: EngineSuite) => void,
  opts: { engines?: EngineName[] } = {},
): void {
  for (const engine of expectedEngines().filter((e) => !opts.engines || opts.engines.includes(e.name))) {
    const name = `${title} [${engine.name}]`;
    const reason = engineUnavailableReason(engine);
    if (reason && process.env.CI === 'true') {
      void describe(
        name,
        () =>
          void it('has its engine available (CI=true)', () => {
            throw new Error(reason);
          }),
      );
      continue;
    }
    if (reason) {
      process.stderr.write(`# skipping "${name}": ${reason}\n`);
      // A skipped test (not a skipped suite) so that the runner's summary counts it as skipped.
      void describe(name, () => void it(`needs a ${engine.name} engine`, { skip: reason }, () => undefined));
      continue;
    }
    void describe(name, () => body(engineSuite(engine)));
  }
}

function engineSuite(engine: TestEngine): EngineSuite {
  let client: EngineClient | undefined;
  let resources: TestResources | undefined;
  const baseImage = `dfs-test/base-${engine.name}:${testRunId}`;
  const suite: EngineSuite = {
    engine,
    get client() {
      if (!client) throw new Error('the engine client is connected in a before() hook');
      return client;
    },
    baseImage,
    get resources() {
      if (!resources) throw new Error('resources exist once the client is connected');
      return resources;
    },
  };
  before(async () => {
    client = await EngineClient.connect(resolveEngineEndpoint({ host: engine.host }));
    resources = new TestResources(client);
    await importBaseImage(client, baseImage);
  });
  after(async () => {
    await resources?.cleanup();
    client?.close();
  });
  return suite;
}

/**
 * Imports a root filesystem holding busybox-static (`/bin/busybox` plus `/bin/sh`, `echo`… as links) as `tag`,
 * labelled with this run's label. Returns the image ID.
 */
export async function importBaseImage(
  client: EngineClient,
  tag: string,
  opts: { signal?: AbortSignal } = {},
): Promise<string> {
  const res = await client.request('POST', '/images/create', {
    // Podman 4.3 ignores `tag` on import; a tag inside `repo` works on both engines.
    query: { fromSrc: '-', repo: tag, changes: [`LABEL ${testLabel}`, 'ENV PATH=/bin'] },
    body: busyboxRootfs(),
    headers: { 'Content-Type': 'application/x-tar' },
    ...(opts.signal ? { signal: opts.signal } : {}),
  });
  for await (const event of readNdjson(res.body)) {
    if (event.type === 'message' && messageError(event.message))
      throw new Error(`import of ${tag} failed: ${messageError(event.message)}`);
  }
  const image = await client.json<{ Id: string }>('GET', `/images/${encodeURIComponent(tag)}/json`);
  return image.Id;
}

/** Removes what the tests created: tracked ids, and everything carrying this run's label (built images inherit it). */
export class TestResources {
  private readonly containers = new Set<string>();
  private readonly images = new Set<string>();

  constructor(private readonly client: EngineClient) {}

  trackContainer(id: string): void {
    this.containers.add(id);
  }

  trackImage(ref: string): void {
    this.images.add(ref);
  }

  /** IDs of this run's containers, running or not. */
  async labelledContainers(): Promise<string[]> {
    const list = await this.client.json<{ Id: string }[]>('GET', '/containers/json', {
      query: { all: true, filters: JSON.stringify({ label: [testLabel] }) },
    });
    return list.map((c) => c.Id);
  }

  /**
   * This run's containers, and on Podman also Buildah's build containers (listed only as `external`, without labels)
   * whose image is one of this run's.
   */
  async leftoverContainers(): Promise<string[]> {
    const labelled = await this.labelledContainers();
    if (!this.client.isPodman) return labelled;
    const ours = new Set((await this.labelledImages()).map((id) => id.replace(/^sha256:/, '')));
    const external = await this.client.json<{ Id: string; ImageID: string }[]>('GET', '/libpod/containers/json', {
      query: { all: true, external: true },
    });
    return [...labelled, ...external.filter((c) => ours.has(c.ImageID.replace(/^sha256:/, ''))).map((c) => c.Id)];
  }

  async labelledImages(): Promise<string[]> {
    const list = await this.client.json<{ Id: string }[]>('GET', '/images/json', {
      query: { all: true, filters: JSON.stringify({ label: [testLabel] }) },
    });
    return list.map((i) => i.Id);
  }

  async cleanup(): Promise<void> {
    const containers = new Set([...this.containers, ...(await this.labelledContainers())]);
    for (const id of containers)
      await this.ignoreMissing(this.client.request('DELETE', `/containers/${id}`, { query: { force: true, v: true } }));
    // Children must go before their parents: repeat until nothing of ours is left.
    for (let pass = 0; pass < 6; pass++) {
      const images = new Set([...this.images, ...(await this.labelledImages())]);
      if (images.size === 0) return;
      this.images.clear();
      for (const ref of images)
        await this.ignoreMissing(
          this.client.request('DELETE', `/images/${encodeURIComponent(ref)}`, { query: { force: true } }),
        );
    }
  }

  private async ignoreMissing(request: Promise<{ body: NodeJS.ReadableStream }>): Promise<void> {
    try {
      (await request).body.resume();
    } catch (err) {
      const status = (err as { status?: number }).status;
      if (status !== 404 && status !== 409) throw err;
    }
  }
}
