// SSH agent forwarding (`--ssh default`, `--ssh ID=PATH[,PATH]`) served by the session's SSH service: each
// ForwardAgent call is one connection to the agent, bytes passed both ways. A path that is an agent socket is used
// as is; key files are loaded into an ssh-agent of our own (openssh's), which ends with the session.
import { spawn } from 'node:child_process';
import { once } from 'node:events';
import { existsSync, mkdtempSync, rmSync, statSync } from 'node:fs';
import * as net from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { EngineError } from '../errors';
import { GrpcCode, GrpcError, type GrpcServer, type StreamCall } from './grpc';
import { decodeBytesMessage, decodeCheckAgentRequest, emptyMessage, encodeBytesMessage } from './proto';

export interface SshSpec {
  id: string;
  /** Agent sockets or private key files; empty means SSH_AUTH_SOCK. */
  paths: string[];
}

/** `default`, `ID`, or `ID=PATH[,PATH…]` as the docker CLI reads `--ssh`. Undefined when malformed. */
export function parseSshSpec(text: string): SshSpec | undefined {
  const eq = text.indexOf('=');
  const id = (eq === -1 ? text : text.slice(0, eq)).trim();
  const paths = eq === -1 ? [] : text.slice(eq + 1).split(',');
  if (!/^[\w.-]+$/.test(id) || paths.some((p) => p.trim() === '')) return undefined;
  return { id, paths: paths.map((p) => p.trim()) };
}

const AGENT_START_MS = 10000;

function isSocket(path: string): boolean {
  try {
    return statSync(path).isSocket();
  } catch {
    return false;
  }
}

/** The agent socket each ID forwards to; `close()` stops the agents we started. */
export class SshAgents {
  private constructor(
    private readonly sockets: ReadonlyMap<string, string>,
    private readonly cleanups: (() => void)[],
  ) {}

  static async start(specs: readonly SshSpec[], env: NodeJS.ProcessEnv, locale?: string): Promise<SshAgents> {
    const sockets = new Map<string, string>();
    const cleanups: (() => void)[] = [];
    try {
      for (const spec of specs) sockets.set(spec.id, await socketFor(spec, env, locale, cleanups));
    } catch (err) {
      cleanups.forEach((cleanup) => cleanup());
      throw err;
    }
    return new SshAgents(sockets, cleanups);
  }

  socket(id: string): string | undefined {
    return this.sockets.get(id);
  }

  close(): void {
    this.cleanups.splice(0).forEach((cleanup) => cleanup());
  }
}

async function socketFor(spec: SshSpec, env: NodeJS.ProcessEnv, locale: string | undefined, cleanups: (() => void)[]) {
  const unusable = (path: string, detail: string): EngineError =>
    new EngineError({ kind: 'config', id: 'sshPathUnusable', params: { id: spec.id, path, detail }, locale });
  if (spec.paths.length === 0) {
    const sock = env.SSH_AUTH_SOCK;
    if (!sock)
      throw new EngineError({
        kind: 'config',
        id: 'sshAgentMissing',
        hintId: 'sshAgentHint',
        params: { id: spec.id },
        locale,
      });
    return sock;
  }
  const missing = spec.paths.find((p) => !existsSync(p));
  if (missing) throw unusable(missing, 'no such file');
  const socket = spec.paths.find(isSocket);
  if (socket) return socket;
  return startAgent(spec.paths, env, cleanups).catch((err: unknown) => {
    throw unusable(spec.paths.join(','), err instanceof Error ? err.message : String(err));
  });
}

/** `ssh-agent -D -a SOCKET` in the foreground, then `ssh-add KEYS` into it. */
async function startAgent(keys: string[], env: NodeJS.ProcessEnv, cleanups: (() => void)[]): Promise<string> {
  const dir = mkdtempSync(join(tmpdir(), 'dfs-ssh-'));
  const socket = join(dir, 'agent.sock');
  const agent = spawn('ssh-agent', ['-D', '-a', socket], { env, stdio: 'ignore' });
  cleanups.push(() => {
    agent.kill();
    rmSync(dir, { recursive: true, force: true });
  });
  const failed = once(agent, 'error').then(([err]) => Promise.reject(err as Error));
  const deadline = Date.now() + AGENT_START_MS;
  while (!isSocket(socket)) {
    if (Date.now() > deadline) throw new Error('ssh-agent did not start');
    await Promise.race([failed, new Promise((r) => setTimeout(r, 50))]);
  }
  const add = spawn('ssh-add', keys, {
    env: { ...env, SSH_AUTH_SOCK: socket, SSH_ASKPASS_REQUIRE: 'never' },
    stdio: ['ignore', 'ignore', 'pipe'],
    timeout: AGENT_START_MS,
  });
  let stderr = '';
  add.stderr.on('data', (chunk: Buffer) => (stderr += chunk.toString('utf8')));
  const [code] = (await Promise.race([
    once(add, 'close'),
    once(add, 'error').then(([e]) => Promise.reject(e as Error)),
  ])) as [number | null];
  if (code !== 0) throw new Error(stderr.trim().split('\n')[0] || `ssh-add exited with ${code}`);
  return socket;
}

async function forward(call: StreamCall, path: string): Promise<void> {
  const agent = net.connect(path);
  agent.on('error', () => undefined); // reported through the streams below
  call.signal.addEventListener('abort', () => agent.destroy(), { once: true });
  await Promise.race([once(agent, 'connect'), once(agent, 'error').then(([e]) => Promise.reject(e as Error))]).catch(
    (err: Error) => Promise.reject(new GrpcError(GrpcCode.unavailable, `cannot reach the ssh agent: ${err.message}`)),
  );
  const toAgent = (async () => {
    for await (const message of call.messages) {
      if (!agent.write(decodeBytesMessage(message))) await once(agent, 'drain');
    }
    agent.end();
  })();
  toAgent.catch(() => agent.destroy());
  for await (const chunk of agent as AsyncIterable<Buffer>) await call.send(encodeBytesMessage(chunk));
  await toAgent.catch(() => undefined);
}

export function registerSsh(server: GrpcServer, agents: SshAgents): void {
  const known = (id: string): string => {
    const path = agents.socket(id || 'default');
    if (!path) throw new GrpcError(GrpcCode.notFound, `unset ssh forward key ${id || 'default'}`);
    return path;
  };
  server.unary('/moby.sshforward.v1.SSH/CheckAgent', async (request) => {
    known(decodeCheckAgentRequest(request));
    return Promise.resolve(emptyMessage);
  });
  server.stream('/moby.sshforward.v1.SSH/ForwardAgent', (call) =>
    forward(call, known(call.metadata.get('buildkit.ssh.id')?.[0] ?? '')),
  );
}
