// A private registry on 127.0.0.1 (Debian's docker-registry with htpasswd): our base image is pushed to it through the
// API, its local tag removed, then built FROM and run with test docker configs: the right password (both builders),
// a wrong one (a clear error naming the registry and `docker login`), and a credential helper on PATH.
import assert from 'node:assert/strict';
import { randomBytes } from 'node:crypto';
import { after, before, beforeEach, describe, it } from 'node:test';
import { main as cli } from '../../../client/cli/main';
import type { BuilderKind } from '../../../client/engine/build';
import { isEngineError } from '../../../client/engine/errors';
import { pullImage } from '../../../client/engine/images';
import { RegistryCredentials } from '../../../client/engine/registry/credentials';
import { describeEngines, testLabel, type EngineSuite } from '../../support/engines';
import {
  basicAuth,
  dockerConfigDir,
  pushImage,
  registryUnavailableReason,
  removeDockerConfigs,
  startRegistry,
  type TestRegistry,
} from '../../support/registry';
import { fakeIo } from '../../unit/cli/fake-io';
import { buildFolder, makeContext, removeContexts } from './helpers';

after(removeContexts);
after(removeDockerConfigs);

const missing = registryUnavailableReason();

describeEngines(
  'private registry',
  (suite) => {
    if (missing && process.env.CI !== 'true') return void it('needs a registry', { skip: missing }, () => undefined);
    const state: { registry?: TestRegistry; image?: string } = {};
    before(async () => {
      const registry = await startRegistry();
      state.registry = registry;
      state.image = `${registry.host}/dfs-test/base:${suite.baseImage.split(':')[1] ?? 'x'}`;
      const login = { username: registry.user, password: registry.password, serveraddress: registry.host };
      await pushImage(suite.client, suite.baseImage, state.image, login);
    });
    beforeEach(() => untag(suite, state.image)); // the registry's copy is the only one: builds and runs must pull it
    after(async () => {
      await untag(suite, state.image);
      await state.registry?.stop();
    });
    for (const builder of ['classic', 'buildkit'] as const)
      void describe(`${builder} builder`, () => builderTests(suite, builder, state));
    void it('run pulls the image from the registry when it is not here (CLI, --pull=missing)', async () => {
      const { registry, image } = ready(state);
      const config = dockerConfigDir({ auths: { [registry.host]: basicAuth(registry.user, registry.password) } });
      const io = fakeIo({ env: { DOCKER_HOST: suite.engine.host, DOCKER_CONFIG: config.dir } });
      const code = await cli(['run', '--network', 'none', '--label', testLabel, image, 'echo', 'pulled'], io);
      assert.equal(code, 0, io.err());
      assert.equal(io.out(), 'pulled\n');
      assert.match(io.err(), /Pull complete|Already exists|Download complete|Pulling from/, 'pull progress is shown');
    });
    void it('a pull with a wrong password names the registry and what to run', async () => {
      const { registry, image } = ready(state);
      const config = dockerConfigDir({ auths: { [registry.host]: basicAuth(registry.user, 'wrong') } });
      const credentials = new RegistryCredentials({ env: { DOCKER_CONFIG: config.dir } });
      const error = await pullImage(suite.client, image, { credentials }).then(
        () => undefined,
        (err: unknown) => err,
      );
      assert.ok(isEngineError(error) && error.kind === 'auth', String(error));
      assert.match(error.message, new RegExp(`registry ${registry.host} refused`));
      assert.match(error.hint ?? '', new RegExp(`docker login ${registry.host}`));
    });
  },
  { engines: ['docker'] },
);

function ready(state: { registry?: TestRegistry; image?: string }): { registry: TestRegistry; image: string } {
  if (!state.registry || !state.image) throw new Error('the registry starts in before()');
  return { registry: state.registry, image: state.image };
}

async function untag(suite: EngineSuite, image: string | undefined): Promise<void> {
  if (!image) return;
  await suite.client.request('DELETE', `/images/${encodeURIComponent(image)}`).then(
    (res) => res.body.resume(),
    () => undefined, // not here: nothing to remove
  );
}

/** A `docker-credential-test` that knows one registry, as credential helpers answer `get` and `list`. */
function helperScript(registry: TestRegistry): string {
  const answer = JSON.stringify({ ServerURL: registry.host, Username: registry.user, Secret: registry.password });
  return [
    'case "$1" in',
    `get) host=$(cat); if [ "$host" = "${registry.host}" ]; then printf '%s' '${answer}'; else echo "credentials not found in native keychain"; exit 1; fi ;;`,
    `list) printf '%s' '{"${registry.host}":"${registry.user}"}' ;;`,
    '*) exit 1 ;;',
    'esac',
  ].join('\n');
}

function builderTests(suite: EngineSuite, builder: BuilderKind, state: { registry?: TestRegistry; image?: string }) {
  const context = (image: string): string =>
    makeContext({ Dockerfile: `FROM ${image}\nRUN echo from the registry ${randomBytes(6).toString('hex')}\n` });

  void it('builds FROM the registry with the password in config.json', async () => {
    const { registry, image } = ready(state);
    const config = dockerConfigDir({ auths: { [registry.host]: basicAuth(registry.user, registry.password) } });
    const env = { ...process.env, DOCKER_CONFIG: config.dir };
    const { result, error } = await buildFolder(suite.client, context(image), { builder, env });
    assert.ifError(error);
    assert.match(result?.imageId ?? '', /^sha256:/);
  });

  void it('a wrong password fails with the registry named and "docker login" to run', async () => {
    const { registry, image } = ready(state);
    const config = dockerConfigDir({ auths: { [registry.host]: basicAuth(registry.user, 'not-the-password') } });
    const env = { ...process.env, DOCKER_CONFIG: config.dir };
    const { error } = await buildFolder(suite.client, context(image), { builder, env });
    assert.ok(isEngineError(error), String(error));
    assert.match(error.message, new RegExp(`registry ${registry.host} refused access`), error.message);
    assert.match(error.hint ?? '', new RegExp(`docker login ${registry.host}`));
    assert.doesNotMatch(`${error.message} ${error.hint ?? ''}`, new RegExp(registry.password));
  });

  void it('builds with the password from a credential helper (docker-credential-test on PATH)', async () => {
    const { registry, image } = ready(state);
    const config = dockerConfigDir(
      { credHelpers: { [registry.host]: 'test' } },
      { 'docker-credential-test': helperScript(registry) },
    );
    const env = { ...process.env, DOCKER_CONFIG: config.dir, PATH: `${config.bin}:${process.env.PATH ?? ''}` };
    const { result, error } = await buildFolder(suite.client, context(image), { builder, env });
    assert.ifError(error);
    assert.match(result?.imageId ?? '', /^sha256:/);
  });
}
