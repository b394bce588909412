// Records the raw NDJSON body of a real `POST /build`, for the decoder tests' fixtures (test/unit/engine/fixtures).
// Usage: npx tsx test/support/capture-build-stream.ts HOST VERSION(1|2) DOCKERFILE OUT.ndjson
// The Dockerfile's `FROM base` is rewritten to a busybox base image imported for the capture and removed afterwards.
import { readFileSync, writeFileSync } from 'node:fs';
import type { Readable } from 'node:stream';
import * as tar from 'tar-stream';
import { EngineClient } from '../../client/engine/client';
import { resolveEngineEndpoint } from '../../client/engine/connection';
import { readText } from '../../client/engine/transport';
import { importBaseImage, TestResources, testRunId } from './engines';

async function capture(host: string, version: string, dockerfilePath: string, out: string): Promise<void> {
  const client = await EngineClient.connect(resolveEngineEndpoint({ host }));
  const resources = new TestResources(client);
  try {
    const base = `dfs-capture/base:${testRunId}`;
    await importBaseImage(client, base);
    const pack = tar.pack();
    pack.entry({ name: 'Dockerfile' }, readFileSync(dockerfilePath, 'utf8').replace(/^FROM base\b/gm, `FROM ${base}`));
    pack.entry({ name: 'hello.txt' }, 'hello\n');
    pack.finalize();
    const res = await client.request('POST', '/build', {
      query: { version, networkmode: 'none', rm: true, forcerm: true },
      body: pack as unknown as Readable,
      headers: { 'Content-Type': 'application/x-tar' },
    });
    writeFileSync(out, (await readText(res.body)).replaceAll(base, 'base'));
  } finally {
    await resources.cleanup();
    client.close();
  }
}

const [host, version, dockerfile, out] = process.argv.slice(2);
if (!host || !version || !dockerfile || !out) {
  process.stderr.write('usage: capture-build-stream.ts HOST VERSION DOCKERFILE OUT\n');
  process.exitCode = 2;
} else {
  capture(host, version, dockerfile, out).catch((err: unknown) => {
    process.stderr.write(`${err instanceof Error ? err.message : String(err)}\n`);
    process.exitCode = 1;
  });
}
