// A unix-socket proxy in front of a real engine, which a test can cut to make the engine "go away" mid-run.
import { mkdtempSync, rmSync } from 'node:fs';
import net from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

export class SocketProxy {
  private readonly sockets = new Set<net.Socket>();
  private closed = false;

  private constructor(
    private readonly server: net.Server,
    private readonly dir: string,
    /** `unix://` address of the proxy, for EngineClient. */
    readonly host: string,
  ) {}

  /** Listens on a fresh socket path and forwards every connection to `engineHost` (a `unix://` address). */
  static async start(engineHost: string): Promise<SocketProxy> {
    if (!engineHost.startsWith('unix://'))
      throw new Error(`the proxy forwards to unix sockets only, not ${engineHost}`);
    const target = engineHost.slice('unix://'.length);
    const dir = mkdtempSync(join(tmpdir(), 'dfs-proxy-'));
    const path = join(dir, 'engine.sock');
    const server = net.createServer();
    const proxy = new SocketProxy(server, dir, `unix://${path}`);
    server.on('connection', (client) => proxy.forward(client, target));
    await new Promise<void>((resolve, reject) => {
      server.once('error', reject);
      server.listen(path, resolve);
    });
    return proxy;
  }

  /** Drops every open connection and stops listening: to the client, the engine is gone. */
  async cut(): Promise<void> {
    if (this.closed) return;
    this.closed = true;
    for (const socket of this.sockets) socket.destroy();
    await new Promise((resolve) => this.server.close(resolve));
    rmSync(this.dir, { recursive: true, force: true });
  }

  private forward(client: net.Socket, target: string): void {
    const engine = net.connect(target);
    for (const socket of [client, engine]) {
      this.sockets.add(socket);
      socket.on('close', () => this.sockets.delete(socket));
      socket.on('error', () => undefined); // a cut connection is the point
    }
    client.pipe(engine);
    engine.pipe(client);
    client.on('close', () => engine.destroy());
    engine.on('close', () => client.destroy());
  }
}
