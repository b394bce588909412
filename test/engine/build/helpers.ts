// Shared pieces of the build engine tests: temporary contexts, a build that records its events, a cuttable proxy.
import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import * as net from 'node:net';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { packContext } from '../../../client/context/pack';
import { buildImage, type BuildEvent, type BuildOptions, type BuildResult } from '../../../client/engine/build';
import type { EngineClient } from '../../../client/engine/client';
import { testLabelKey, testRunId } from '../../support/engines';

const roots: string[] = [];

/** A temporary context folder holding `files` (path → content). */
export function makeContext(files: Record<string, string>): string {
  const root = mkdtempSync(join(tmpdir(), 'dfs-build-'));
  roots.push(root);
  for (const [path, content] of Object.entries(files)) {
    mkdirSync(dirname(join(root, path)), { recursive: true });
    writeFileSync(join(root, path), content);
  }
  return root;
}

export function removeContexts(): void {
  for (const root of roots.splice(0)) rmSync(root, { recursive: true, force: true });
}

export interface Outcome {
  result?: BuildResult;
  error?: unknown;
  events: BuildEvent[];
}

/** Builds `contextDir` (its Dockerfile) with networkmode=none and this run's label; never throws. */
export async function build(
  client: EngineClient,
  contextDir: string,
  opts: Partial<BuildOptions> = {},
  onEvent: (event: BuildEvent) => void = () => undefined,
): Promise<Outcome> {
  const events: BuildEvent[] = [];
  const packed = packContext({ contextDir, ...(opts.signal ? { signal: opts.signal } : {}) });
  try {
    const result = await buildImage(
      client,
      {
        context: packed.stream,
        dockerfile: packed.dockerfileInContext,
        dockerfileText: readFileSync(join(contextDir, packed.dockerfileInContext), 'utf8'),
        networkMode: 'none',
        labels: { [testLabelKey]: testRunId },
        ...opts,
      },
      (event) => {
        events.push(event);
        onEvent(event);
      },
    );
    return { result, events };
  } catch (error) {
    packed.stream.destroy();
    return { error, events };
  }
}

/**
 * Builds `contextDir` as the CLI and the extension do: buildImage gets the folder and picks how to send it (a BuildKit
 * session when the engine has one, else a tar). networkmode=none and this run's label; never throws.
 */
export async function buildFolder(
  client: EngineClient,
  contextDir: string,
  opts: Partial<BuildOptions> = {},
  onEvent: (event: BuildEvent) => void = () => undefined,
): Promise<Outcome> {
  const events: BuildEvent[] = [];
  try {
    const result = await buildImage(
      client,
      {
        contextDir,
        dockerfileText: readFileSync(join(contextDir, 'Dockerfile'), 'utf8'),
        networkMode: 'none',
        labels: { [testLabelKey]: testRunId },
        ...opts,
      },
      (event) => {
        events.push(event);
        onEvent(event);
      },
    );
    return { result, events };
  } catch (error) {
    return { error, events };
  }
}

/** Steps that are Dockerfile instructions, by their last reported outcome. */
export function instructionSteps(
  events: BuildEvent[],
): { name: string; line: number | undefined; cached: boolean; status: string }[] {
  const last = new Map<string, { name: string; line: number | undefined; cached: boolean; status: string }>();
  for (const e of events) {
    if (e.type === 'step-finished' && !e.step.internal)
      last.set(e.step.id, { name: e.step.name, line: e.step.line, cached: e.step.cached, status: e.step.status });
  }
  return [...last.values()];
}

/** A unix-socket proxy in front of the engine; `cut()` drops every connection, as an engine that died would. */
export async function startCuttableProxy(
  engineSocket: string,
): Promise<{ host: string; cut(): void; close(): Promise<void> }> {
  const dir = mkdtempSync(join(tmpdir(), 'dfs-proxy-'));
  const path = join(dir, 'proxy.sock');
  const sockets = new Set<net.Socket>();
  const server = net.createServer((client) => {
    const upstream = net.connect(engineSocket);
    for (const s of [client, upstream]) {
      sockets.add(s);
      s.on('close', () => sockets.delete(s));
      s.on('error', () => undefined);
    }
    client.pipe(upstream).pipe(client);
  });
  await new Promise<void>((resolve) => server.listen(path, resolve));
  return {
    host: `unix://${path}`,
    cut: () => sockets.forEach((s) => s.destroy()),
    close: async () => {
      sockets.forEach((s) => s.destroy());
      await new Promise<void>((resolve) => server.close(() => resolve()));
      rmSync(dir, { recursive: true, force: true });
    },
  };
}

/** Polls until `check` holds (engines clean up asynchronously after a cancel), or the time is up. */
export async function eventually(check: () => Promise<boolean>, timeoutMs = 20000): Promise<boolean> {
  const deadline = Date.now() + timeoutMs;
  while (Date.now() < deadline) {
    if (await check()) return true;
    await new Promise((resolve) => setTimeout(resolve, 250));
  }
  return check();
}
