// A server that accepts connections and then only does what a test tells it (nothing, half a header…), on a unix
// socket or on TCP; it counts the connections still open, to prove the client hung up.
import * as net from 'node:net';
import { join } from 'node:path';

export interface MuteEngine {
  host: string;
  /** Connections open now. */
  open(): number;
  /** Resolves at the first connection. */
  connected: Promise<void>;
  close(): Promise<void>;
}

export async function startMuteEngine(
  where: { dir: string; name: string } | 'tcp',
  onConnection: (socket: net.Socket) => void = () => undefined,
): Promise<MuteEngine> {
  const sockets = new Set<net.Socket>();
  let firstConnection = (): void => undefined;
  const connected = new Promise<void>((resolve) => (firstConnection = resolve));
  const server = net.createServer((socket) => {
    sockets.add(socket);
    socket.on('close', () => sockets.delete(socket));
    socket.on('error', () => undefined);
    socket.resume(); // reads (and drops) what comes, so that it sees our hang-up
    onConnection(socket);
    firstConnection();
  });
  const path = where === 'tcp' ? undefined : join(where.dir, `${where.name}.sock`);
  await new Promise<void>((resolve) => (path ? server.listen(path, resolve) : server.listen(0, '127.0.0.1', resolve)));
  const port = (server.address() as net.AddressInfo | null)?.port;
  return {
    host: path ? `unix://${path}` : `tcp://127.0.0.1:${port}`,
    open: () => sockets.size,
    connected,
    close: () => {
      for (const socket of sockets) socket.destroy();
      return new Promise<void>((resolve) => server.close(() => resolve()));
    },
  };
}
