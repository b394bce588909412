// Secret-looking build args and run env never reach workspace state: the split by name, and DockerfileMemory keeping
// them in SecretStorage or nowhere, as the user chose.
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import type * as vscode from 'vscode';
import { looksSecret } from '../../../core/dockerfile/secret-names';
import { splitBuildArgs, splitEnv } from '../../../client/extension/core/secret-values';
import { DockerfileMemory, type SecretChoice } from '../../../client/extension/memory';

void describe('splitting values by name', () => {
  void it('build args: the names SecretsUsedInArgOrEnv flags go apart', () => {
    const args = { GITHUB_TOKEN: 't', MODE: 'dev', DB_PASSWORD: 'p', PUBLIC_KEY: 'k', api_key: 'a', TOKENIZER: 'x' };
    assert.deepEqual(splitBuildArgs(args), {
      plain: { MODE: 'dev', PUBLIC_KEY: 'k', TOKENIZER: 'x' },
      secret: { GITHUB_TOKEN: 't', DB_PASSWORD: 'p', api_key: 'a' },
    });
  });

  void it('run env: entries keep their order, values with = included', () => {
    const env = ['MODE=dev', 'AUTH_TOKEN=a=b', 'LOG=debug', 'SECRET=s'];
    assert.deepEqual(splitEnv(env), { plain: ['MODE=dev', 'LOG=debug'], secret: ['AUTH_TOKEN=a=b', 'SECRET=s'] });
  });

  void it('one pattern for the rule and the extension', () => {
    for (const name of ['GITHUB_TOKEN', 'DB_PASSWORD', 'api_key', 'SECRET'])
      assert.equal(Object.keys(splitBuildArgs({ [name]: 'v' }).secret).length, looksSecret(name) ? 1 : 0, name);
  });
});

class FakeMemento {
  readonly values = new Map<string, unknown>();
  get<T>(key: string): T | undefined {
    return this.values.get(key) as T | undefined;
  }
  update(key: string, value: unknown): Promise<void> {
    this.values.set(key, JSON.parse(JSON.stringify(value)));
    return Promise.resolve();
  }
}

class FakeSecretStorage {
  readonly values = new Map<string, string>();
  get(key: string): Promise<string | undefined> {
    return Promise.resolve(this.values.get(key));
  }
  store(key: string, value: string): Promise<void> {
    this.values.set(key, value);
    return Promise.resolve();
  }
  delete(key: string): Promise<void> {
    this.values.delete(key);
    return Promise.resolve();
  }
}

function memoryWith(choice: SecretChoice | undefined) {
  const state = new FakeMemento();
  const storage = new FakeSecretStorage();
  let asked = 0;
  const memory = new DockerfileMemory(state as unknown as vscode.Memento, {
    storage: storage as unknown as vscode.SecretStorage,
    choose: () => {
      asked += 1;
      return Promise.resolve(choice);
    },
  });
  return { memory, state, storage, asked: () => asked };
}

const uri = { toString: () => 'file:///w/Dockerfile' } as vscode.Uri;
const build = { tag: 'app', buildArgs: { NPM_TOKEN: 'npm_secret', MODE: 'dev' }, target: undefined, noCache: false };
const run = {
  command: undefined,
  env: ['DB_PASSWORD=hunter2', 'MODE=dev'],
  ports: [],
  volumes: [],
  network: 'default' as const,
  keep: false,
};

void describe('DockerfileMemory and secrets', () => {
  for (const choice of ['secretStorage', 'never', undefined] as const) {
    void it(`workspace state never holds a secret value (choice: ${choice ?? 'dismissed'})`, async () => {
      const { memory, state, storage } = memoryWith(choice);
      await memory.remember(uri, { build, run });
      await memory.settled();
      const saved = JSON.stringify([...state.values.values()]);
      assert.doesNotMatch(saved, /npm_secret|hunter2/);
      assert.match(saved, /MODE/);
      const kept = choice === 'secretStorage';
      assert.equal(JSON.stringify([...storage.values.values()]).includes('npm_secret'), kept);
      assert.deepEqual((await memory.buildSettings(uri))?.buildArgs, kept ? build.buildArgs : { MODE: 'dev' });
      assert.deepEqual((await memory.runOptions(uri))?.env, kept ? ['MODE=dev', 'DB_PASSWORD=hunter2'] : ['MODE=dev']);
    });
  }

  void it('asks only when there is a secret value, and forgets one that is no longer given', async () => {
    const { memory, storage, asked } = memoryWith('secretStorage');
    await memory.remember(uri, { build: { ...build, buildArgs: { MODE: 'dev' } } });
    await memory.settled();
    assert.equal(asked(), 0);
    await memory.remember(uri, { build });
    await memory.settled();
    assert.equal(asked(), 1);
    await memory.remember(uri, { build: { ...build, buildArgs: {} } });
    await memory.settled();
    assert.equal(storage.values.size, 0);
  });
});
