// An "engine" that accepts connections and never answers: a build waits on it until it is cancelled.
import { createServer, type Socket } from 'node:net';
import { join } from 'node:path';

export interface SilentEngine {
  host: string;
  /** Resolves at the first connection. */
  connected: Promise<void>;
  close: () => Promise<void>;
}

export async function startSilentEngine(dir: string): Promise<SilentEngine> {
  const sockets = new Set<Socket>();
  let onConnection = (): void => undefined;
  const connected = new Promise<void>((resolve) => (onConnection = resolve));
  const server = createServer((socket) => {
    sockets.add(socket);
    onConnection();
  });
  const path = join(dir, 'silent.sock');
  await new Promise<void>((resolve) => server.listen(path, resolve));
  return {
    host: `unix://${path}`,
    connected,
    close: () => {
      for (const socket of sockets) socket.destroy();
      return new Promise((resolve) => server.close(() => resolve()));
    },
  };
}
