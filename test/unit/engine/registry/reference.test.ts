// Which registry an image comes from, the key of its credentials, and engine messages that mean "refused".
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { isAuthFailure, registryInMessage } from '../../../../client/engine/registry/auth-errors';
import { credentialKey, hostOfKey, parseImageReference } from '../../../../client/engine/registry/reference';

void describe('image references', () => {
  void it('normalise as the docker CLI does', () => {
    assert.deepEqual(parseImageReference('busybox'), { registry: 'docker.io', repository: 'library/busybox' });
    assert.deepEqual(parseImageReference('team/app:1.0'), {
      registry: 'docker.io',
      repository: 'team/app',
      tag: '1.0',
    });
    assert.deepEqual(parseImageReference('127.0.0.1:5000/dfs/base:r1'), {
      registry: '127.0.0.1:5000',
      repository: 'dfs/base',
      tag: 'r1',
    });
    assert.deepEqual(parseImageReference('localhost/app'), { registry: 'localhost', repository: 'app' });
    assert.deepEqual(parseImageReference('reg.example.com/a/b@sha256:abc'), {
      registry: 'reg.example.com',
      repository: 'a/b',
      digest: 'sha256:abc',
    });
  });

  void it('key Docker Hub by its URL and everything else by host', () => {
    for (const host of ['docker.io', 'index.docker.io', 'registry-1.docker.io'])
      assert.equal(credentialKey(host), 'https://index.docker.io/v1/');
    assert.equal(credentialKey('127.0.0.1:5000'), '127.0.0.1:5000');
    assert.equal(hostOfKey('https://reg.example.com/v1/'), 'reg.example.com');
  });
});

void describe('registry refusals', () => {
  void it('are recognised in what each part of the engine says', () => {
    for (const message of [
      'Head "http://127.0.0.1:5000/v2/x/manifests/1": no basic auth credentials',
      'unauthorized: authentication required',
      'failed to solve: pulling from host 127.0.0.1:5000 failed with status code [manifests 1]: 401 Unauthorized',
      "pull access denied for x, repository does not exist or may require 'docker login': denied",
    ])
      assert.ok(isAuthFailure(message), message);
    assert.ok(!isAuthFailure('executor failed running [/bin/sh -c exit 3]: exit code: 3'));
  });

  void it('name the registry the message is about', () => {
    const images = ['busybox', '127.0.0.1:5000/dfs/base:1', 'reg.example.com/x'];
    assert.equal(
      registryInMessage('pulling from host reg.example.com failed: 401 Unauthorized', images),
      'reg.example.com',
    );
    assert.equal(registryInMessage('unauthorized: authentication required', images), '127.0.0.1:5000');
    assert.equal(registryInMessage('unauthorized', ['busybox']), 'docker.io');
  });
});
