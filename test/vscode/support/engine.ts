// The real engine, from the tests' side: a busybox base image of our own, checks on what exists, and cleanup.
import { EngineClient } from '../../../client/engine/client';
import { resolveEngineEndpoint } from '../../../client/engine/connection';
import { TestResources, importBaseImage, testRunId } from '../../support/engines';

export interface TestEngine {
  client: EngineClient;
  resources: TestResources;
  /** Tag of the busybox image the suite imported. */
  baseImage: string;
  /** A tag of this run for an image the suite builds. */
  tag(name: string): string;
  cleanup(): Promise<void>;
}

/**
 * Connects to the engine at `host`, else the one the extension uses too (DOCKER_HOST or the default socket), and
 * imports a base image.
 */
export async function prepareEngine(suite: string, host?: string): Promise<TestEngine> {
  const client = await EngineClient.connect(resolveEngineEndpoint(host ? { host } : { env: process.env }));
  const resources = new TestResources(client);
  const tag = (name: string): string => `dfs-e2e/${suite}-${name}:${testRunId}`;
  const baseImage = tag('base');
  await importBaseImage(client, baseImage);
  resources.trackImage(baseImage);
  return {
    client,
    resources,
    baseImage,
    tag,
    async cleanup() {
      await resources.cleanup();
      client.close();
    },
  };
}

/** The image's ID, or undefined when the engine has no such image. */
export async function imageId(client: EngineClient, ref: string): Promise<string | undefined> {
  try {
    return (await client.json<{ Id: string }>('GET', `/images/${encodeURIComponent(ref)}/json`)).Id;
  } catch (error) {
    if ((error as { status?: number }).status === 404) return undefined;
    throw error;
  }
}

/** IDs of containers (running or not) made from `image`. */
export async function containersOf(client: EngineClient, image: string): Promise<string[]> {
  const filters = JSON.stringify({ ancestor: [image] });
  const list = await client.json<{ Id: string }[]>('GET', '/containers/json', { query: { all: true, filters } });
  return list.map((container) => container.Id);
}
