// Runs the stand-in engine in a child process, so that whoever uploads to it (our packer in the
// benchmark) does not share an event loop with the receiving side.
import { fork, type ChildProcess } from 'node:child_process';
import { startStandinEngine } from './standin-engine.js';

type Message = { socketPath: string; host: string } | { bytes: number; receivedAt: number };

export interface StandinProcess {
  socketPath: string;
  host: string;
  /** Resolves when the next build body has been fully received: its size, and the time (performance.now() here). */
  nextBuild(): Promise<{ bytes: number; receivedAt: number }>;
  close(): Promise<void>;
}

export async function startStandinProcess(): Promise<StandinProcess> {
  const child: ChildProcess = fork(__filename, ['--standin-child'], {
    execArgv: ['--import', 'tsx'],
    stdio: 'inherit',
  });
  const waiters: ((b: { bytes: number; receivedAt: number }) => void)[] = [];
  const ready = new Promise<{ socketPath: string; host: string }>((resolve, reject) => {
    child.once('error', reject);
    child.on('message', (message: Message) => {
      if ('socketPath' in message) resolve(message);
      else waiters.shift()?.({ bytes: message.bytes, receivedAt: performance.now() });
    });
  });
  const { socketPath, host } = await ready;
  return {
    socketPath,
    host,
    nextBuild: () => new Promise((resolve) => waiters.push(resolve)),
    close: () =>
      new Promise<void>((resolve) => {
        child.once('exit', () => resolve());
        child.kill();
      }),
  };
}

async function runChild(): Promise<void> {
  const engine = await startStandinEngine({ keepBodies: false });
  const send = (m: Message): void => void process.send?.(m);
  const report = (): void => {
    void engine.nextBuild().then((build) => {
      send({ bytes: build.bytes, receivedAt: 0 });
      report();
    });
  };
  report();
  send({ socketPath: engine.socketPath, host: engine.host });
  process.once('SIGTERM', () => void engine.close().then(() => process.exit(0)));
}

if (process.argv.includes('--standin-child')) {
  runChild().catch((err: unknown) => {
    console.error(err);
    process.exit(1);
  });
}
