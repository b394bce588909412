// The docker CLI's ssh transport, loaded only for `ssh://` engines.
import { spawn } from 'node:child_process';
import { Duplex } from 'node:stream';
import type { EngineEndpoint } from './connection';
import { EngineError, errorCode } from './errors';
import type { EngineTimeouts } from './timeouts';

/**
 * The docker CLI's ssh transport: HTTP over the stdio of `ssh [-l user] [-p port] -- host docker system dial-stdio`.
 * The connection ends only once ssh has exited, so that a failing ssh is reported in its own words (its stderr), never
 * as a reset connection.
 */
export function sshConnection(endpoint: EngineEndpoint, timeouts: EngineTimeouts, locale?: string): Duplex {
  const target = `${endpoint.sshUser ? `${endpoint.sshUser}@` : ''}${endpoint.hostname ?? ''}`;
  const args = ['-T'];
  if (timeouts.connectMs > 0) args.push('-o', `ConnectTimeout=${Math.ceil(timeouts.connectMs / 1000)}`);
  if (endpoint.sshUser) args.push('-l', endpoint.sshUser);
  if (endpoint.port) args.push('-p', String(endpoint.port));
  args.push('--', endpoint.hostname ?? '', 'docker', 'system', 'dial-stdio');
  const child = spawn('ssh', args, { stdio: ['pipe', 'pipe', 'pipe'] });
  const connection = new Duplex({
    read: () => void child.stdout.resume(),
    write: (chunk: Buffer, _encoding, done) => void child.stdin.write(chunk, () => done()), // a dead ssh: its exit says why
    final: (done) => void child.stdin.end(done),
    destroy: (err, done) => {
      child.kill();
      done(err);
    },
  });
  let stderr = '';
  let received = false;
  child.stderr.on('data', (chunk: Buffer) => (stderr = (stderr + chunk.toString('utf8')).slice(-2000)));
  child.stdin.on('error', () => undefined);
  child.stdout.on('data', (chunk: Buffer) => {
    received = true;
    if (!connection.push(chunk)) child.stdout.pause();
  });
  const params = (detail: string) => ({ host: endpoint.host, target, detail });
  child.on('error', (err) => {
    const missing = errorCode(err) === 'ENOENT';
    const [id, hintId] = missing ? (['sshMissing', 'sshHint'] as const) : (['sshFailed', 'sshFailedHint'] as const);
    connection.destroy(
      new EngineError({ kind: 'unreachable', id, hintId, params: params(err.message), locale, cause: err }),
    );
  });
  child.on('close', (code) => {
    if (connection.destroyed) return;
    if (!code) return void connection.push(null);
    const detail = stderr.trim() || `ssh exited with code ${code}`;
    const [kind, id] = received ? (['stream', 'streamLost'] as const) : (['unreachable', 'sshFailed'] as const);
    connection.destroy(new EngineError({ kind, id, hintId: 'sshFailedHint', params: params(detail), locale }));
  });
  return connection;
}
