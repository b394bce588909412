// The README's first command after setup (scripts/hello.ts), on each real engine: it checks, builds with a tag,
// prints the image ID and hello, shows the classic builder's temporary containers, and never names its stand-in base
// image alpine. Without an engine it stops after the check with one line and exit code 1. Images go in a namespace
// of this test run, removed afterwards.
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, before, it } from 'node:test';
import { describeEngines, testRunId, type EngineSuite } from '../../support/engines';

const root = join(__dirname, '../../..');
const stubs = mkdtempSync(join(tmpdir(), 'dfs-hello-'));
after(() => rmSync(stubs, { recursive: true, force: true }));

before(() => {
  // The script runs the CLI as users do, from dist/.
  if (!existsSync(join(root, 'dist', 'cli.js')))
    assert.equal(spawnSync(process.execPath, ['scripts/build.mjs'], { cwd: root }).status, 0);
});

/** A stand-in for scripts/engine-up.sh that reports only `hosts`. */
function engineUp(name: string, hosts: Record<string, string>): string {
  const path = join(stubs, `${name}.sh`);
  const lines = Object.entries(hosts).map(([key, host]) => `${key}=${host}\n`);
  writeFileSync(path, `printf '%s' '${lines.join('')}' > "$1"\n`);
  return path;
}

function runScript(engineUpPath: string, namespace: string): { status: number | null; stdout: string } {
  const result = spawnSync(process.execPath, ['--import', 'tsx', 'scripts/hello.ts'], {
    cwd: root,
    env: { ...process.env, LANG: 'C.UTF-8', DFS_ENGINE_UP: engineUpPath, DFS_DEMO_NAMESPACE: namespace },
    encoding: 'utf8',
    timeout: 300_000,
  });
  return { status: result.status, stdout: result.stdout + result.stderr };
}

void it('without an engine, stops after the check with one line on how to get one, exit code 1', () => {
  const { status, stdout } = runScript(engineUp('none', {}), `dfs-test-demo-none-${testRunId}`);
  assert.equal(status, 1, stdout);
  assert.match(stdout, /No problems found\./);
  assert.match(stdout, /^No Docker or Podman engine could be reached or started\. .*then run this again\.$/m);
  assert.doesNotMatch(stdout, /dockerfile-studio build/);
});

describeEngines('scripts/hello.ts', (suite: EngineSuite) => {
  void it('checks, builds with a tag (image ID), runs it (hello), then shows the classic builder at work', async () => {
    const namespace = `dfs-test-demo-${suite.engine.name}-${testRunId}`;
    const key = suite.engine.name === 'docker' ? 'DFS_TEST_DOCKER_HOST' : 'DFS_TEST_PODMAN_HOST';
    for (const name of ['hello:1.0', 'hello-classic:1.0', 'busybox-base:local'])
      suite.resources.trackImage(`${namespace}/${name}`);
    const alpineStatus = (): Promise<unknown> =>
      suite.client.json('GET', '/images/alpine:latest/json').then(
        () => 200,
        (error: { status?: number }) => error.status,
      );
    const hadAlpine = (await alpineStatus()) === 200;
    const { status, stdout } = runScript(engineUp(suite.engine.name, { [key]: suite.engine.host }), namespace);
    assert.equal(status, 0, stdout);
    assert.match(stdout, /^The image ID: sha256:[0-9a-f]{64}$/m);
    assert.equal(stdout.match(/^hello$/gm)?.length, 2, `hello from each example:\n${stdout}`);
    if (suite.engine.name === 'docker') assert.match(stdout, /Running in [0-9a-f]{12}[\s\S]*---> [0-9a-f]{12}/);
    else assert.match(stdout, /STEP \d\/\d: RUN echo "hello from a layer"[\s\S]*--> [0-9a-f]{11}/);
    if (hadAlpine) return assert.match(stdout, /The engine has alpine already/);
    // No registry here: the stand-in is named as such, and no image called alpine was made.
    assert.match(stdout, new RegExp(`stand-in base image .*${namespace}/busybox-base:local \\(it is not alpine`));
    assert.equal(await alpineStatus(), 404, 'no alpine image was made');
  });
});
