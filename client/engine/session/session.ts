// A BuildKit session over the Engine API, as the docker CLI opens one: `POST /session` upgraded to h2c, where the
// engine is the HTTP/2 client and we serve gRPC on the hijacked connection (health, files, auth, secrets, ssh).
import { createHash, randomBytes } from 'node:crypto';
import type { EngineClient } from '../client';
import { GrpcServer } from './grpc';
import { fileSyncService, type SyncedDir, type TransferStats } from './filesync';
import { decodeHealthRequest, encodeServing } from './proto';
import { registerAuth, type CredentialSource } from './auth-service';
import { registerSecrets, type SecretStore } from './secrets';
import { registerSsh, type SshAgents } from './ssh';

export interface SessionServices {
  /** FileSync folders by the name the engine asks for (`context`, `dockerfile`). */
  dirs?: ReadonlyMap<string, SyncedDir>;
  auth?: CredentialSource;
  secrets?: SecretStore;
  ssh?: SshAgents;
}

export interface SessionOptions {
  /** Shown by the engine; the docker CLI uses the context folder's name. */
  name: string;
  /** Lets the engine reuse what it kept from earlier sessions with the same key (the synced context). */
  sharedKey: string;
  services: SessionServices;
  signal?: AbortSignal;
}

export interface BuildSession {
  /** The `session` parameter of `POST /build`. */
  readonly id: string;
  readonly transfer: TransferStats;
  /** Every byte of every gRPC message we sent, framing included. */
  readonly bytesSent: number;
  /** Ends the session: calls in progress are cancelled. */
  close(): void;
}

/** The same key for the same folder, as the docker CLI derives it (per machine, never the path itself). */
export function sharedKeyFor(folder: string): string {
  return createHash('sha256').update(`dockerfile-studio:${folder}`).digest('hex');
}

function grpcServer(services: SessionServices, transfer: TransferStats): GrpcServer {
  const server = new GrpcServer();
  server.unary('/grpc.health.v1.Health/Check', (request) => {
    decodeHealthRequest(request);
    return Promise.resolve(encodeServing());
  });
  if (services.dirs) server.stream('/moby.filesync.v1.FileSync/DiffCopy', fileSyncService(services.dirs, transfer));
  if (services.auth) registerAuth(server, services.auth);
  if (services.secrets) registerSecrets(server, services.secrets);
  if (services.ssh) registerSsh(server, services.ssh);
  return server;
}

/** Opens the session; rejects with the engine's error when it has no `/session` (Podman, old engines). */
export async function openSession(client: EngineClient, opts: SessionOptions): Promise<BuildSession> {
  const transfer: TransferStats = { files: 0, dataBytes: 0 };
  const server = grpcServer(opts.services, transfer);
  const id = randomBytes(16).toString('hex');
  const connection = await client.hijack('/session', {
    protocol: 'h2c',
    headers: {
      'X-Docker-Expose-Session-Uuid': id,
      'X-Docker-Expose-Session-Name': opts.name,
      'X-Docker-Expose-Session-Sharedkey': opts.sharedKey,
      'X-Docker-Expose-Session-Grpc-Method': server.methods,
    },
    ...(opts.signal ? { signal: opts.signal } : {}),
  });
  connection.on('error', () => undefined); // the build reports what went wrong; the session just ends
  server.serve(connection);
  return {
    id,
    transfer,
    get bytesSent() {
      return server.bytesSent;
    },
    close: () => {
      server.close();
      connection.destroy();
      opts.services.ssh?.close();
    },
  };
}
