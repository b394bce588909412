// The test support itself, against each real engine: the imported base image runs busybox, and cleanup removes it.
import assert from 'node:assert/strict';
import { it } from 'node:test';
import { describeEngines, importBaseImage, testLabel } from '../../support/engines';

describeEngines('test support', (suite) => {
  void it('imports a labelled busybox base image that has /bin/sh', async () => {
    const image = await suite.client.json<{ Config: { Labels: Record<string, string> }; RootFS: { Layers: string[] } }>(
      'GET',
      `/images/${encodeURIComponent(suite.baseImage)}/json`,
    );
    const [key, value] = testLabel.split('=');
    assert.equal(image.Config.Labels[key ?? ''], value);
    assert.equal(image.RootFS.Layers.length, 1);
  });

  void it('cleanup removes a second imported image and nothing else', async () => {
    const tag = `${suite.baseImage}-extra`;
    const id = await importBaseImage(suite.client, tag);
    assert.ok((await suite.resources.labelledImages()).includes(id));
    const before = await suite.client.json<{ Id: string }[]>('GET', '/images/json');
    await suite.resources.cleanup();
    const afterIds = (await suite.client.json<{ Id: string }[]>('GET', '/images/json')).map((i) => i.Id);
    assert.deepEqual(await suite.resources.labelledImages(), []);
    const ours = new Set([id]);
    const others = before.map((i) => i.Id).filter((i) => !ours.has(i) && i !== undefined);
    for (const other of others) {
      if (!(await isOurs(other)))
        assert.ok(afterIds.includes(other), `cleanup removed ${other}, which the tests did not create`);
    }
    await importBaseImage(suite.client, suite.baseImage); // later tests in the suite still need it
  });

  async function isOurs(id: string): Promise<boolean> {
    const image = await suite.client
      .json<{ Config: { Labels: Record<string, string> | null } }>('GET', `/images/${id}/json`)
      .catch(() => undefined);
    if (!image) return true; // already gone: was ours (the base image)
    const [key, value] = testLabel.split('=');
    return image.Config.Labels?.[key ?? ''] === value;
  }
});
