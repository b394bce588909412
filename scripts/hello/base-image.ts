// The examples' base image: alpine when the engine has it or can pull it; otherwise, with no registry to pull from, a
// stand-in made from this machine's busybox-static, imported under a name of its own that cannot pass for alpine.
import type { EngineClient } from '../../client/engine/client';
import { messageError, readNdjson } from '../../client/engine/ndjson';
import { busyboxPath, busyboxRootfs } from '../../test/support/rootfs';
import { say, Stop } from './messages';

/** The seed's base image. */
export const wanted = { fromImage: 'docker.io/library/alpine', tag: 'latest', name: 'alpine' };

/** alpine when the engine has it or can pull it; else the busybox stand-in, imported under its own name. */
/** `standIn`: the stand-in's name, never alpine's. */
export async function baseImage(client: EngineClient, standIn: string): Promise<string> {
  const has = (ref: string): Promise<boolean> =>
    client.json('GET', `/images/${encodeURIComponent(ref)}/json`).then(
      () => true,
      () => false,
    );
  if (await has(`${wanted.name}:${wanted.tag}`)) {
    process.stdout.write(`${say('baseFound', { image: wanted.name })}\n`);
    return wanted.name;
  }
  const pullError = await pull(client);
  if (pullError === undefined) {
    process.stdout.write(`${say('basePulled', { image: wanted.name })}\n`);
    return wanted.name;
  }
  try {
    busyboxPath();
  } catch {
    process.stdout.write(`${say('noBase', { detail: pullError })}\n`);
    throw new Stop(1);
  }
  if (!(await has(standIn))) await importStandIn(client, standIn);
  process.stdout.write(`${say('baseStandIn', { detail: pullError, image: wanted.name, standIn })}\n`);
  return standIn;
}

/** Pulls alpine; returns why it could not (undefined when it did). */
async function pull(client: EngineClient): Promise<string | undefined> {
  try {
    const res = await client.request('POST', '/images/create', {
      query: { fromImage: wanted.fromImage, tag: wanted.tag },
      signal: AbortSignal.timeout(120_000),
    });
    for await (const event of readNdjson(res.body)) {
      const error = event.type === 'message' ? messageError(event.message) : undefined;
      if (error) return firstLine(error);
    }
    return undefined;
  } catch (error) {
    return firstLine((error as { engineMessage?: string }).engineMessage ?? String(error));
  }
}

function firstLine(text: string): string {
  return (text.split('\n')[0] ?? '').slice(0, 200);
}

async function importStandIn(client: EngineClient, standIn: string): Promise<void> {
  const res = await client.request('POST', '/images/create', {
    // Podman ignores `tag` on import; a tag inside `repo` works on both engines (docs/engine-facts.md).
    query: {
      fromSrc: '-',
      repo: standIn,
      changes: ['ENV PATH=/bin', 'LABEL dockerfile-studio.demo=busybox-stand-in'],
    },
    body: busyboxRootfs(),
    headers: { 'Content-Type': 'application/x-tar' },
  });
  for await (const event of readNdjson(res.body)) {
    const error = event.type === 'message' ? messageError(event.message) : undefined;
    if (error) throw new Error(`import of ${standIn} failed: ${error}`);
  }
}
